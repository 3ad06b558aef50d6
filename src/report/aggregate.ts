import { CRITERIA, SECTIONS, type SectionId } from '../model/questionnaire.js';
import type { AnswerValue } from '../model/answer.js';
import { toolVersion } from '../repo/tool-version.js';
import { summarize, type Report } from './report.js';

/**
 * Many repositories (or the projects of a monorepo) side by side: `mlops-scan aggregate` and
 * `--projects`. Its JSON shape is schema/aggregate.schema.json; a change to it bumps `schemaVersion`.
 */
export interface Aggregate {
  readonly format: 'mlops-scan-aggregate';
  readonly schemaVersion: 1;
  readonly tool: { readonly name: 'mlops-scan'; readonly version: string };
  readonly repositories: readonly AggregateRow[];
  /** Every criterion, the weakest across the rows first. */
  readonly criteria: readonly CriterionSpread[];
  /** The tool versions the rows were scanned with; more than one is said in every format. */
  readonly toolVersions: readonly string[];
}

/** What one report says in summary: the tool that made it, the scores and every answer. */
export interface ReportSummary {
  readonly tool: { readonly name: string; readonly version: string };
  readonly schemaVersion: number;
  /** yes / applicable criteria, 0..100 rounded; null when every criterion is n/a. */
  readonly percent: number | null;
  readonly sections: readonly { readonly section: SectionId; readonly percent: number | null }[];
  /** Criterion id ("1".."60") → answer. */
  readonly answers: Readonly<Record<string, AnswerValue>>;
}

/** One repository, or one project of a repository. */
export interface AggregateRow extends ReportSummary {
  /** The repository's folder name, with the project's folder for a project. */
  readonly name: string;
  /** The report file it was read from, or the folder scanned. */
  readonly source: string;
  /** The project's folder inside the repository (`--projects`); null for a whole repository. */
  readonly project: string | null;
  readonly commit: string | null;
  readonly mature: boolean;
}

export interface CriterionSpread {
  readonly id: number;
  readonly section: SectionId;
  readonly statement: string;
  readonly yes: number;
  readonly no: number;
  readonly na: number;
  readonly unanswered: number;
  /** yes / rows where it applies, 0..100 rounded; null when it applies nowhere. */
  readonly percent: number | null;
}

/** What a row is built from: one JSON report, where it came from, and the project it covers. */
export interface RowInput {
  readonly report: Pick<Report, 'schemaVersion' | 'tool' | 'target' | 'answers'>;
  readonly source: string;
  readonly name: string;
  readonly project: string | null;
}

export function rowOf({ report, source, name, project }: RowInput): AggregateRow {
  // The summary is recomputed from the answers, so every row is scored the same way whatever wrote it.
  const summary = summarize(report.answers);
  return {
    name,
    source,
    project,
    tool: { name: report.tool.name, version: report.tool.version },
    schemaVersion: report.schemaVersion,
    commit: report.target.commit,
    percent: summary.percent,
    mature: summary.mature,
    sections: summary.bySection.map((s) => ({ section: s.section, percent: s.percent })),
    answers: Object.fromEntries(report.answers.map((a) => [String(a.id), a.answer])),
  };
}

/** The aggregate of rows, in the order given; names that repeat get their source added. */
export function buildAggregate(rows: readonly AggregateRow[]): Aggregate {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.name, (counts.get(row.name) ?? 0) + 1);
  const named = rows.map((row) => ((counts.get(row.name) ?? 0) > 1 ? { ...row, name: `${row.name} (${row.source})` } : row));
  return {
    format: 'mlops-scan-aggregate',
    schemaVersion: 1,
    tool: { name: 'mlops-scan', version: toolVersion() },
    repositories: named,
    criteria: weakestFirst(named),
    toolVersions: [...new Set(rows.map((row) => row.tool.version))].sort(),
  };
}

/**
 * The lowest share of `yes` first (where the organisation should look), then the most `no`, then the
 * questionnaire's order; a criterion that applies nowhere goes last.
 */
function weakestFirst(rows: readonly AggregateRow[]): CriterionSpread[] {
  const ranked = CRITERIA.map((criterion) => {
    const count = (value: AnswerValue): number => rows.filter((row) => row.answers[String(criterion.id)] === value).length;
    const yes = count('yes');
    const na = count('n/a');
    const applicable = rows.length - na;
    const share = applicable === 0 ? null : (100 * yes) / applicable;
    const spread: CriterionSpread = {
      id: criterion.id,
      section: criterion.section,
      statement: criterion.statement,
      yes,
      no: count('no'),
      na,
      unanswered: count('unanswered'),
      percent: share === null ? null : Math.round(share),
    };
    return { spread, share: share ?? Infinity };
  });
  return ranked.sort((a, b) => a.share - b.share || b.spread.no - a.spread.no || a.spread.id - b.spread.id).map((r) => r.spread);
}

export const SECTION_IDS = Object.keys(SECTIONS).map(Number) as SectionId[];

/** The line every human-readable format gives rows of several tool versions. */
export function mixedVersionsLine(aggregate: Aggregate): string | null {
  return aggregate.toolVersions.length > 1
    ? `The rows come from ${aggregate.toolVersions.length} versions of mlops-scan (${aggregate.toolVersions.join(', ')}): answers may differ because the scanner changed, not the repository.`
    : null;
}

/** "repositories", "projects" (with --projects), or the singular for one row. */
export function rowsNoun(rows: readonly AggregateRow[]): string {
  const projects = rows.some((row) => row.project !== null);
  if (rows.length === 1) return projects ? 'project' : 'repository';
  return projects ? 'projects' : 'repositories';
}
