import type { Evidence } from '../model/answer.js';
import { terminalSafe } from './escape.js';
import type { ReportAnswer } from '../answers/report-answer.js';
import { ignoredLine, NO_ML_CODE, skippedListing, type Report } from './report.js';
import { foldList, wrap } from './wrap.js';

const MARK: Readonly<Record<ReportAnswer['answer'], string>> = {
  yes: 'YES',
  no: 'NO ',
  'n/a': 'N/A',
  unanswered: ' ? ',
};

const COLOR: Readonly<Record<ReportAnswer['answer'], string>> = {
  yes: '\x1b[32m',
  no: '\x1b[31m',
  'n/a': '\x1b[90m',
  unanswered: '\x1b[33m',
};

const MAX_EVIDENCE = 5;
/** Next steps the short report leads with; --details lists them all. */
const FIRST_STEPS = 5;

export interface TerminalOptions {
  readonly color: boolean;
  /** Columns to wrap to. */
  readonly width: number;
  /** Every criterion with its evidence, after the summary. */
  readonly details: boolean;
}

type Paint = (answer: ReportAnswer['answer'], text: string) => string;

/**
 * The human report. It leads with the verdict: the repository, the score per section and whether it is
 * mature, then the first next steps; every criterion's evidence follows only with `details`.
 */
export function renderTerminal(report: Report, options: TerminalOptions): string {
  const paint: Paint = (answer, text) => (options.color ? `${COLOR[answer]}${text}\x1b[0m` : text);
  const width = options.width;
  const out: string[] = [];
  const commit = report.target.commit ? ` @ ${report.target.commit.slice(0, 12)}` : ' (not a git commit)';
  out.push(...wrap(terminalSafe(`mlops-scan ${report.tool.version}: ${report.target.path}${commit}`), width, '', '  '));
  const p = report.profile;
  const languages = p.languages.slice(0, 4).map((l) => `${l.name} (${l.files})`).join(', ') || 'none found';
  const serving = `${p.serving}${p.realtime.scope === 'example' ? ' (an example server only)' : ''}`;
  out.push(
    ...wrap(`Profile: ML code ${p.ml.present ? 'yes' : 'no'}; serving ${serving}; IaC ${p.iac.present ? 'yes' : 'no'}; feature store ${p.featureStore.present ? 'yes' : 'no'}; A/B testing ${p.abTesting.present ? 'yes' : 'no'}; languages ${languages}`, width, '', '  '),
  );
  if (!p.ml.present) out.push(...wrap(`Warning: ${NO_ML_CODE}`, width, '', '  '));
  out.push('', ...wrap(verdict(report), width));
  out.push(...sectionTable(report, width));

  // A person's answer the evidence moved under, or that the scanner contradicts, comes before new work.
  const attention = report.answers.filter((a) => a.stale || a.disagreement);
  if (attention.length > 0 && !options.details) {
    out.push('', `Needs a second look (${attention.length}):`);
    for (const answer of attention) {
      out.push(...wrap(answer.statement, width, `  ${String(answer.id).padStart(2)}  `, '      '));
      for (const note of attentionNotes(answer)) out.push(...wrap(note, width, '      '));
    }
  }

  const steps = report.summary.nextSteps;
  const shown = options.details ? steps : steps.slice(0, FIRST_STEPS);
  if (shown.length > 0) {
    out.push('', ...wrap(`Next steps (${shown.length === steps.length ? steps.length : `${shown.length} of ${steps.length}`}), sections 1-4 first:`, width));
    for (const step of shown) {
      out.push(...wrap(`${step.statement} [${step.answer}]`, width, `  ${String(step.id).padStart(2)}  `, '      '));
      out.push(...wrap(`to reach yes: ${step.toYes}`, width, '      '));
    }
  }

  if (options.details) {
    for (const section of report.summary.bySection) {
      const percent = section.percent === null ? 'n/a' : `${section.percent}%`;
      out.push('', ...wrap(`${section.section}. ${section.title} [${section.yes} yes, ${section.no} no, ${section.na} n/a, ${section.unanswered} unanswered; ${percent}]`, width, '', '   '));
      for (const answer of report.answers.filter((a) => a.section === section.section)) out.push(...renderAnswer(answer, paint, width));
    }
  }

  const open = report.answers.filter((a) => a.answer === 'unanswered' || a.confidence === 'medium' || a.stale);
  if (open.length > 0) {
    if (options.details) {
      out.push('', ...wrap(`Left for a person (${open.length}): unanswered, medium confidence or stale; answer with --interactive`, width, '', '  '));
      for (const answer of open) {
        const why = answer.stale ? 're-confirm' : answer.answer === 'unanswered' ? 'answer' : `confirm ${answer.answer}`;
        out.push(...wrap(`[${why}] ${answer.statement}`, width, `  ${String(answer.id).padStart(2)} `, '     '));
      }
    } else {
      out.push('', ...wrap(`Left for a person: ${open.length} criteria (unanswered, medium confidence or stale); answer them with --interactive.`, width));
    }
  }
  if (report.skipped.length > 0) {
    const { listed, more } = skippedListing(report);
    out.push('', `Could not read (${report.skipped.length}):`);
    for (const skip of listed) out.push(...wrap(terminalSafe(`${skip.file}: ${skip.reason}`), width, '  ', '    '));
    if (more > 0) out.push(`  ... and ${more} more (see --format json)`);
  }
  const ignored = ignoredLine(report);
  if (ignored) out.push('', ...wrap(terminalSafe(ignored), width, '', '  '));
  if (!options.details) out.push('', ...wrap('Details: --details shows every criterion with its evidence; --format html -o report.html writes them as a page.', width));
  return `${out.join('\n')}\n`;
}

/** The one line `--quiet` prints, and the report's verdict. */
export function verdict(report: Report): string {
  const applicable = report.answers.filter((a) => a.answer !== 'n/a');
  const yes = applicable.filter((a) => a.answer === 'yes').length;
  const score = report.summary.percent === null ? 'n/a' : `${report.summary.percent}%`;
  const mature = report.summary.mature ? 'yes' : 'no (sections 1-4 are not all yes or n/a)';
  return `Score: ${score} yes (${yes} of ${applicable.length} applicable criteria). MLOps mature: ${mature}.`;
}

/** One row per section; on a narrow terminal a row wraps under its title rather than overflowing. */
function sectionTable(report: Report, width: number): string[] {
  const titleWidth = Math.max(...report.summary.bySection.map((s) => `${s.section}. ${s.title}`.length));
  return report.summary.bySection.flatMap((s) => {
    const percent = s.percent === null ? 'n/a' : `${s.percent}%`;
    const counts = `${s.yes} yes, ${s.no} no, ${s.unanswered} unanswered, ${s.na} n/a`;
    const row = `  ${`${s.section}. ${s.title}`.padEnd(titleWidth)}  ${percent.padStart(4)}  ${counts}`;
    return row.length <= width ? [row] : wrap(`${s.section}. ${s.title} ${percent}: ${counts}`, width, '  ', '     ');
  });
}

function renderAnswer(answer: ReportAnswer, paint: Paint, width: number): string[] {
  const confidence = answer.source === 'human' ? ' (person)' : answer.confidence ? ` (${answer.confidence})` : '';
  const indent = '          ';
  const [head = '', ...tail] = wrap(answer.statement, width, `  ${MARK[answer.answer]} ${String(answer.id).padStart(2)}  `, indent);
  // Paint the mark after wrapping, so colour codes never count as columns.
  const lines = [head.replace(MARK[answer.answer], paint(answer.answer, MARK[answer.answer])), ...tail];
  lines.push(...wrap(`${terminalSafe(answer.rationale)}${confidence}`, width, indent));
  for (const note of attentionNotes(answer)) lines.push(...wrap(note, width, indent));
  for (const item of answer.evidence.slice(0, MAX_EVIDENCE)) lines.push(...wrap(terminalSafe(`${location(item)}  ${item.note}`), width, `${indent}- `, `${indent}  `));
  if (answer.evidence.length > MAX_EVIDENCE) lines.push(`${indent}- ... ${answer.evidence.length - MAX_EVIDENCE} more`);
  if (answer.lookedAt.length > 0) lines.push(foldList(answer.lookedAt.map(terminalSafe), width, `${indent}looked at: `));
  if (answer.internalError) lines.push(...wrap(`internal error: ${terminalSafe(answer.internalError)}`, width, indent));
  return lines;
}

function attentionNotes(answer: ReportAnswer): string[] {
  const notes: string[] = [];
  if (answer.stale) notes.push('STALE: the evidence changed since this was answered; please re-confirm (--interactive)');
  if (answer.disagreement) notes.push(`DISAGREEMENT: the scanner says ${answer.disagreement.answer} (high): ${terminalSafe(answer.disagreement.rationale)}`);
  return notes;
}

export function location(item: Evidence): string {
  return item.line === null ? item.file : `${item.file}:${item.line}`;
}
