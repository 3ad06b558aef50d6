import type { Evidence } from '../model/answer.js';
import { terminalSafe } from './escape.js';
import type { ReportAnswer } from '../answers/report-answer.js';
import { skippedListing, type Report } from './report.js';

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

/** The human report: grouped by section, each answer with its evidence, then what is left for a person. */
export function renderTerminal(report: Report, options: { color: boolean }): string {
  const paint = (answer: ReportAnswer['answer'], text: string) =>
    options.color ? `${COLOR[answer]}${text}\x1b[0m` : text;
  const out: string[] = [];
  const commit = report.target.commit ? ` @ ${report.target.commit.slice(0, 12)}` : ' (not a git commit)';
  out.push(`mlops-scan ${report.tool.version}: ${terminalSafe(report.target.path)}${commit}`);
  const p = report.profile;
  const languages = p.languages.slice(0, 4).map((l) => `${l.name} (${l.files})`).join(', ') || 'none found';
  out.push(
    `Profile: serving ${p.serving}${p.realtime.scope === 'example' ? ' (an example server only)' : ''}; IaC ${p.iac.present ? 'yes' : 'no'}; feature store ${p.featureStore.present ? 'yes' : 'no'}; A/B testing ${p.abTesting.present ? 'yes' : 'no'}; languages ${languages}`,
  );
  for (const section of report.summary.bySection) {
    const percent = section.percent === null ? 'n/a' : `${section.percent}%`;
    out.push('', `${section.section}. ${section.title}  [${section.yes} yes, ${section.no} no, ${section.na} n/a, ${section.open} open; ${percent}]`);
    for (const answer of report.answers.filter((a) => a.section === section.section)) {
      out.push(...renderAnswer(answer, paint));
    }
  }
  const open = report.answers.filter((a) => a.answer === 'unanswered' || a.confidence === 'medium' || a.stale);
  out.push('', `Score: ${report.summary.percent ?? 'n/a'}% yes of applicable criteria. MLOps mature (sections 1-4 all yes or n/a): ${report.summary.mature ? 'yes' : 'no'}.`);
  if (open.length > 0) {
    out.push('', `Left for a person (${open.length}): unanswered, medium confidence or stale; answer with --interactive`);
    for (const answer of open) {
      const why = answer.stale ? 're-confirm' : answer.answer === 'unanswered' ? 'answer' : `confirm ${answer.answer}`;
      out.push(`  ${String(answer.id).padStart(2)} [${why}] ${answer.statement}`);
    }
  }
  if (report.summary.nextSteps.length > 0) {
    out.push('', `Next steps (${report.summary.nextSteps.length}), sections 1-4 first:`);
    for (const step of report.summary.nextSteps) {
      out.push(`  ${String(step.id).padStart(2)} [${step.answer}] ${step.statement}`, `       to reach yes: ${step.toYes}`);
    }
  }
  if (report.skipped.length > 0) {
    const { listed, more } = skippedListing(report);
    out.push('', `Could not read (${report.skipped.length}):`);
    for (const skip of listed) out.push(`  ${terminalSafe(`${skip.file}: ${skip.reason}`)}`);
    if (more > 0) out.push(`  ... and ${more} more (see --format json)`);
  }
  return `${out.join('\n')}\n`;
}

function renderAnswer(answer: ReportAnswer, paint: (a: ReportAnswer['answer'], t: string) => string): string[] {
  const confidence = answer.source === 'human' ? ' (person)' : answer.confidence ? ` (${answer.confidence})` : '';
  const lines = [`  ${paint(answer.answer, MARK[answer.answer])} ${String(answer.id).padStart(2)}  ${answer.statement}`];
  lines.push(`          ${terminalSafe(answer.rationale)}${confidence}`);
  if (answer.stale) lines.push('          STALE: the evidence changed since this was answered; please re-confirm (--interactive)');
  if (answer.disagreement) {
    lines.push(`          DISAGREEMENT: the scanner says ${answer.disagreement.answer} (high): ${terminalSafe(answer.disagreement.rationale)}`);
  }
  for (const item of answer.evidence.slice(0, MAX_EVIDENCE)) lines.push(`          - ${terminalSafe(`${location(item)}  ${item.note}`)}`);
  if (answer.evidence.length > MAX_EVIDENCE) lines.push(`          - ... ${answer.evidence.length - MAX_EVIDENCE} more`);
  if (answer.lookedAt.length > 0) lines.push(`          looked at: ${terminalSafe(answer.lookedAt.join(', '))}`);
  if (answer.internalError) lines.push(`          internal error: ${terminalSafe(answer.internalError)}`);
  return lines;
}

export function location(item: Evidence): string {
  return item.line === null ? item.file : `${item.file}:${item.line}`;
}

