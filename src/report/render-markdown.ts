import { escapeMarkdown, markdownEvidenceLink } from './escape.js';
import { RELATIVE_LINKS, repositoryName, type EvidenceLinks } from './evidence-links.js';
import type { ReportAnswer } from '../answers/report-answer.js';
import { ignoredLine, NO_ML_CODE, skippedListing, type Report } from './report.js';

const MARK: Readonly<Record<ReportAnswer['answer'], string>> = {
  yes: '✅ yes',
  no: '❌ no',
  'n/a': '➖ n/a',
  unanswered: '❔ unanswered',
};

const MAX_EVIDENCE = 5;

/**
 * Statements, section titles and toYes are ours and go out as they are; everything else may quote the
 * repository and is escaped.
 *
 * The report for a pull-request comment or a wiki page. Evidence links go where `links` says: the file and
 * line at the scanned commit on the forge, or relative to the repository root (`[file:line](file#Lline)`).
 */
export function renderMarkdown(report: Report, links: EvidenceLinks = RELATIVE_LINKS): string {
  const { summary } = report;
  const out: string[] = [];
  const commit = report.target.commit ? ` at \`${report.target.commit.slice(0, 12)}\`` : '';
  out.push(`# MLOps maturity assessment`, '');
  out.push(`Repository: ${escapeMarkdown(repositoryName(report.target.path, links))}${commit}, scanned by mlops-scan ${report.tool.version}.`, '');
  if (!report.profile.ml.present) out.push(`> **Warning:** ${NO_ML_CODE}`, '');
  out.push(
    `**Score: ${summary.percent ?? 'n/a'}%** yes of applicable criteria. ` +
      `**MLOps mature: ${summary.mature ? 'yes' : 'no'}** (every criterion of sections 1-4 yes or n/a).`,
    '',
  );
  out.push('| Section | yes | no | n/a | unanswered | score |', '|---|---:|---:|---:|---:|---:|');
  for (const s of summary.bySection) {
    out.push(`| ${s.section}. ${s.title} | ${s.yes} | ${s.no} | ${s.na} | ${s.unanswered} | ${s.percent === null ? 'n/a' : `${s.percent}%`} |`);
  }
  const attention = report.answers.filter((a) => a.stale || a.disagreement);
  if (attention.length > 0) {
    out.push('', '## Needs a second look', '');
    for (const a of attention) out.push(`- **${a.id}** ${a.statement}: ${attentionNote(a)}`);
  }
  if (summary.nextSteps.length > 0) {
    out.push('', '## Next steps', '', 'Sections 1-4 (the maturity bar) first, then by id.', '');
    // A bullet with the id in bold: an ordered list would be renumbered from 1 by CommonMark.
    for (const step of summary.nextSteps) {
      out.push(`- **${step.id}** ${step.statement} (${step.answer})  `, `  To reach yes: ${step.toYes}`);
    }
  }
  for (const s of summary.bySection) {
    out.push('', `## ${s.section}. ${s.title}`, '');
    for (const answer of report.answers.filter((a) => a.section === s.section)) out.push(...renderAnswer(answer, links));
  }
  if (report.skipped.length > 0) {
    const { listed, more } = skippedListing(report);
    out.push('', `## Could not read (${report.skipped.length})`, '');
    for (const skip of listed) out.push(`- ${escapeMarkdown(skip.file)}: ${escapeMarkdown(skip.reason)}`);
    if (more > 0) out.push(`- … and ${more} more (see \`--format json\`)`);
  }
  const ignored = ignoredLine(report);
  if (ignored) out.push('', escapeMarkdown(ignored));
  return `${out.join('\n')}\n`;
}

function renderAnswer(answer: ReportAnswer, links: EvidenceLinks): string[] {
  const source = answer.source === 'human' ? ' · answered by a person' : answer.confidence ? ` · ${answer.confidence} confidence` : '';
  const lines = [`- **${answer.id}. ${answer.statement}**  `, `  ${MARK[answer.answer]}${source}: ${escapeMarkdown(answer.rationale)}`];
  if (answer.stale || answer.disagreement) lines.push(`  - ⚠️ ${attentionNote(answer)}`);
  for (const item of answer.evidence.slice(0, MAX_EVIDENCE)) lines.push(`  - ${markdownEvidenceLink(item, links)} ${escapeMarkdown(item.note)}`);
  if (answer.evidence.length > MAX_EVIDENCE) lines.push(`  - … ${answer.evidence.length - MAX_EVIDENCE} more`);
  if (answer.lookedAt.length > 0) lines.push(`  - looked at: ${escapeMarkdown(answer.lookedAt.join(', '))}`);
  return lines;
}

function attentionNote(answer: ReportAnswer): string {
  const notes: string[] = [];
  if (answer.stale) notes.push('stale: the evidence changed since a person answered; please re-confirm');
  if (answer.disagreement) {
    notes.push(`disagreement: the scanner says ${answer.disagreement.answer} with high confidence (${escapeMarkdown(answer.disagreement.rationale)})`);
  }
  return notes.join('; ');
}
