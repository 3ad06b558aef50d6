import { CRITERIA, SECTIONS } from '../model/questionnaire.js';
import { escapeMarkdown } from './escape.js';
import { SECTION_IDS } from './aggregate.js';
import { csvTable } from './render-aggregate.js';
import type { Flip, Trend } from './trend.js';

const percentText = (percent: number | null): string => (percent === null ? 'n/a' : `${percent}%`);

export function renderTrendJson(trend: Trend): string {
  return `${JSON.stringify(trend, null, 2)}\n`;
}

/** One row per point, for spreadsheets: its commit and versions, the score per section, then every criterion's answer. */
export function renderTrendCsv(trend: Trend): string {
  const header = ['point', 'date', 'commit', 'tool_version', 'schema_version', 'score', ...SECTION_IDS.map((s) => `section_${s}`), ...CRITERIA.map((c) => `c${c.id}`)];
  const percent = (value: number | null): string => (value === null ? '' : String(value));
  const rows = trend.points.map((p) => [
    p.label,
    p.date,
    p.commit,
    p.tool.version,
    String(p.schemaVersion),
    percent(p.percent),
    ...p.sections.map((s) => percent(s.percent)),
    ...CRITERIA.map((c) => p.answers[String(c.id)] ?? ''),
  ]);
  return csvTable([header, ...rows]);
}

/** A table of points × sections, then what changed between them. */
export function renderTrendMarkdown(trend: Trend): string {
  const out = [`# MLOps maturity over time`, '', `${trend.points.length} points (every ${trend.every}), scanned by mlops-scan ${trend.tool.version}.`, ''];
  out.push(`| Point | Date | Commit | Score | ${SECTION_IDS.map((s) => `${s}. ${SECTIONS[s]}`).join(' | ')} |`, `|---|---|---|---:|${SECTION_IDS.map(() => '---:').join('|')}|`);
  for (const p of trend.points) {
    out.push(`| ${escapeMarkdown(p.label)} | ${p.date.slice(0, 10)} | \`${p.commit.slice(0, 12)}\` | ${percentText(p.percent)} | ${p.sections.map((s) => percentText(s.percent)).join(' | ')} |`);
  }
  out.push('', '## What changed', '');
  if (trend.flips.length === 0) out.push('No criterion changed its answer between the points.');
  for (const flip of trend.flips) out.push(`- ${flipLine(flip)}`);
  out.push('');
  return out.join('\n');
}

/** "**18** statement: no → yes in `a..b` (at `c`)". */
export function flipLine(flip: Flip): string {
  const range = `\`${flip.range.from.slice(0, 12)}..${flip.range.to.slice(0, 12)}\``;
  const at = flip.commit ? `, at \`${flip.commit.slice(0, 12)}\`` : '';
  return `**${flip.id}** ${flip.statement}: ${flip.from} → ${flip.to} in ${range}${at}`;
}
