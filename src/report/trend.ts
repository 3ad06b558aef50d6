import { CRITERIA, type SectionId } from '../model/questionnaire.js';
import type { AnswerValue } from '../model/answer.js';
import { toolVersion } from '../repo/tool-version.js';
import { rowOf, type ReportSummary } from './aggregate.js';
import type { Report } from './report.js';

/**
 * Maturity over a repository's history (`mlops-scan trend`): a score per section at each point, and the
 * criteria whose answer changed between two points. Its JSON shape is schema/trend.schema.json.
 */
export interface Trend {
  readonly format: 'mlops-scan-trend';
  readonly schemaVersion: 1;
  readonly tool: { readonly name: 'mlops-scan'; readonly version: string };
  readonly target: { readonly path: string };
  /** How the points were chosen: `tag`, `month`, or every Nth commit. */
  readonly every: string;
  /** Oldest first. */
  readonly points: readonly TrendPoint[];
  /** Oldest first. */
  readonly flips: readonly Flip[];
}

export interface TrendPoint extends ReportSummary {
  readonly commit: string;
  /** Committer date, ISO 8601. */
  readonly date: string;
  /** The tag, the month or the short commit id. */
  readonly label: string;
}

/** A criterion whose answer changed between two consecutive points. */
export interface Flip {
  readonly id: number;
  readonly section: SectionId;
  readonly statement: string;
  readonly from: AnswerValue;
  readonly to: AnswerValue;
  /** The range it happened in: after `from`'s commit, up to and including `to`'s. */
  readonly range: { readonly from: string; readonly to: string };
  /** The first commit of the range with the new answer (`--pinpoint`); null when not bisected. */
  readonly commit: string | null;
}

export function trendPoint(report: Report, date: Date, label: string): TrendPoint {
  const row = rowOf({ report, source: report.target.path, name: label, project: null });
  return {
    commit: report.target.commit ?? '',
    date: date.toISOString(),
    label,
    tool: row.tool,
    schemaVersion: row.schemaVersion,
    percent: row.percent,
    sections: row.sections,
    answers: row.answers,
  };
}

/** The criteria that changed between each pair of consecutive points. */
export function flipsBetween(points: readonly TrendPoint[]): Flip[] {
  const flips: Flip[] = [];
  for (let i = 1; i < points.length; i++) {
    const before = points[i - 1];
    const after = points[i];
    if (!before || !after) continue;
    for (const criterion of CRITERIA) {
      const from = before.answers[String(criterion.id)];
      const to = after.answers[String(criterion.id)];
      if (from === undefined || to === undefined || from === to) continue;
      flips.push({ id: criterion.id, section: criterion.section, statement: criterion.statement, from, to, range: { from: before.commit, to: after.commit }, commit: null });
    }
  }
  return flips;
}

export function buildTrend(target: string, every: string, points: readonly TrendPoint[], flips: readonly Flip[]): Trend {
  return { format: 'mlops-scan-trend', schemaVersion: 1, tool: { name: 'mlops-scan', version: toolVersion() }, target: { path: target }, every, points, flips };
}

/** First commit in `commits` (oldest first, ending with the flip's `to` point) that has the new answer. */
export async function bisectFlip(flip: Flip, commits: readonly string[], answerAt: (commit: string) => Promise<AnswerValue | undefined>): Promise<string | null> {
  // lo: the last commit known to have another answer (-1 is the `from` point); hi: the first known to have the new one.
  let lo = -1;
  let hi = commits.length - 1;
  if (hi < 0) return null;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    const commit = commits[mid];
    if (commit !== undefined && (await answerAt(commit)) === flip.to) hi = mid;
    else lo = mid;
  }
  return commits[hi] ?? null;
}
