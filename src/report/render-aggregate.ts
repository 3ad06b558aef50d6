import { CRITERIA, SECTIONS } from '../model/questionnaire.js';
import { escapeMarkdown } from './escape.js';
import { mixedVersionsLine, rowsNoun, SECTION_IDS, type Aggregate, type AggregateRow } from './aggregate.js';

// The text formats of an aggregate: Markdown (a PR comment, a wiki page), CSV (a spreadsheet), JSON
// (schema/aggregate.schema.json). The HTML heat map is render-aggregate-html.ts.

const percentText = (percent: number | null): string => (percent === null ? 'n/a' : `${percent}%`);

export function renderAggregateJson(aggregate: Aggregate): string {
  return `${JSON.stringify(aggregate, null, 2)}\n`;
}

/** How many of the weakest criteria the Markdown lists; the other formats have all 60. */
const WEAKEST_LISTED = 15;

export function renderAggregateMarkdown(aggregate: Aggregate): string {
  const rows = aggregate.repositories;
  const out = [`# MLOps maturity across ${rows.length} ${rowsNoun(rows)}`, ''];
  const mixed = mixedVersionsLine(aggregate);
  if (mixed) out.push(`> **Note:** ${mixed}`, '');
  out.push(
    `| Repository | Tool | Schema | Score | Mature | ${SECTION_IDS.map((s) => `${s}. ${SECTIONS[s]}`).join(' | ')} |`,
    `|---|---|---:|---:|---|${SECTION_IDS.map(() => '---:').join('|')}|`,
  );
  for (const row of rows) {
    const sections = row.sections.map((s) => percentText(s.percent)).join(' | ');
    out.push(`| ${escapeMarkdown(row.name)} | ${escapeMarkdown(row.tool.version)} | ${row.schemaVersion} | ${percentText(row.percent)} | ${row.mature ? 'yes' : 'no'} | ${sections} |`);
  }
  out.push('', `## Weakest criteria across the ${rows.length > 1 ? `${rows.length} rows` : 'row'}`, '');
  out.push('| # | Criterion | yes | no | unanswered | n/a | yes of applicable |', '|---:|---|---:|---:|---:|---:|---:|');
  for (const c of aggregate.criteria.slice(0, WEAKEST_LISTED)) {
    out.push(`| ${c.id} | ${c.statement} | ${c.yes} | ${c.no} | ${c.unanswered} | ${c.na} | ${percentText(c.percent)} |`);
  }
  out.push('', `All ${aggregate.criteria.length} criteria per repository: \`--format html\` (heat map), \`csv\` or \`json\`.`, '');
  return out.join('\n');
}

/** One row per repository: its versions, scores per section, then every criterion's answer (c1..c60). */
export function renderAggregateCsv(aggregate: Aggregate): string {
  const header = ['repository', 'project', 'source', 'tool_version', 'schema_version', 'commit', 'score', 'mature', ...SECTION_IDS.map((s) => `section_${s}`), ...CRITERIA.map((c) => `c${c.id}`)];
  const line = (row: AggregateRow): string[] => [
    row.name,
    row.project ?? '',
    row.source,
    row.tool.version,
    String(row.schemaVersion),
    row.commit ?? '',
    row.percent === null ? '' : String(row.percent),
    row.mature ? 'yes' : 'no',
    ...row.sections.map((s) => (s.percent === null ? '' : String(s.percent))),
    ...CRITERIA.map((c) => row.answers[String(c.id)] ?? ''),
  ];
  return csvTable([header, ...aggregate.repositories.map(line)]);
}

/** Rows of cells as CSV (CRLF line ends, as RFC 4180 has them). */
export function csvTable(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * RFC 4180 quoting; a cell a spreadsheet would read as a formula (a folder named `=HYPERLINK(...)`) gets
 * a leading apostrophe, as OWASP advises for CSV injection.
 */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
