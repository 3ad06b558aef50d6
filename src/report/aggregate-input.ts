import path from 'node:path';
import type { AnswerValue } from '../model/answer.js';
import { rowOf, type AggregateRow } from './aggregate.js';
import type { Report } from './report.js';

/** An input `aggregate` cannot use (not a report, an unknown schema): one line naming the file, exit 2. */
export class AggregateInputError extends Error {}

/** The report schema this version reads; anything else is refused rather than half-understood. */
const REPORT_SCHEMA = 1;
const AGGREGATE_SCHEMA = 1;
const ANSWERS: readonly string[] = ['yes', 'no', 'n/a', 'unanswered'] satisfies readonly AnswerValue[];

/**
 * The rows one JSON input contributes: a scan report (`--format json`) is one row; an aggregate (of
 * another `aggregate` run, or of `--projects`) brings its rows. `source` names the input in messages.
 */
export function rowsFromJson(text: string, source: string): AggregateRow[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new AggregateInputError(`${source}: not JSON (expected an mlops-scan report made with --format json)`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new AggregateInputError(`${source}: not an mlops-scan JSON report`);
  const record = data as Record<string, unknown>;
  if (record['format'] === 'mlops-scan-aggregate') return aggregateRows(record, source);
  return [reportRow(record, source, null)];
}

/** A scan report as a row; `project` is the project folder when the report covers one. */
function reportRow(record: Record<string, unknown>, source: string, project: string | null): AggregateRow {
  const tool = toolOf(record, source);
  const version = record['schemaVersion'];
  if (version !== REPORT_SCHEMA) throw unknownSchema(source, 'report', version, tool.version, REPORT_SCHEMA);
  const target = record['target'] as { path?: unknown; commit?: unknown } | undefined;
  const answers = record['answers'];
  if (!Array.isArray(answers)) throw new AggregateInputError(`${source}: the report has no answers list`);
  const parsed = answers.map((entry: unknown, i) => {
    const { id, answer } = (entry ?? {}) as { id?: unknown; answer?: unknown };
    if (typeof id !== 'number' || !Number.isInteger(id) || typeof answer !== 'string' || !ANSWERS.includes(answer)) {
      throw new AggregateInputError(`${source}: answers[${i}] is not an answer (an id and yes/no/n/a/unanswered)`);
    }
    return { id, answer: answer as AnswerValue };
  });
  const report: Pick<Report, 'schemaVersion' | 'tool' | 'target' | 'answers'> = {
    schemaVersion: REPORT_SCHEMA,
    tool: tool as Report['tool'],
    target: { path: typeof target?.path === 'string' ? target.path : '', commit: typeof target?.commit === 'string' ? target.commit : null },
    // Only id and answer are read from here on; the rest of a report answer is not needed to aggregate.
    answers: parsed as unknown as Report['answers'],
  };
  return rowOf({ report, source, name: rowName(report.target.path, source, project), project });
}

/** The repository's folder name; a report made in `.` or without a path is named after its file. */
function rowName(targetPath: string, source: string, project: string | null): string {
  const folder = path.basename(targetPath.replace(/[\\/]+$/, ''));
  const repository = folder !== '' && folder !== '.' ? folder : path.basename(source, '.json');
  return project === null ? repository : `${repository}/${project}`;
}

function aggregateRows(record: Record<string, unknown>, source: string): AggregateRow[] {
  const tool = toolOf(record, source);
  const version = record['schemaVersion'];
  if (version !== AGGREGATE_SCHEMA) throw unknownSchema(source, 'aggregate', version, tool.version, AGGREGATE_SCHEMA);
  const rows = record['repositories'];
  if (!Array.isArray(rows)) throw new AggregateInputError(`${source}: the aggregate has no repositories list`);
  return rows.map((row: unknown, i) => {
    const r = (row ?? {}) as Partial<AggregateRow>;
    if (typeof r.name !== 'string' || typeof r.answers !== 'object' || r.answers === null) {
      throw new AggregateInputError(`${source}: repositories[${i}] is not a row of a schema ${AGGREGATE_SCHEMA} aggregate`);
    }
    const from = typeof r.source === 'string' ? r.source : source;
    // Each row is checked as the report it came from, so a row of an unknown report schema is refused too.
    const answers = Object.entries(r.answers).map(([id, answer]) => ({ id: Number(id), answer }));
    const checked = reportRow({ schemaVersion: r.schemaVersion, tool: r.tool, target: { commit: r.commit ?? null }, answers }, `${source} (${r.name})`, null);
    return { ...checked, name: r.name, source: from, project: typeof r.project === 'string' ? r.project : null };
  });
}

function toolOf(record: Record<string, unknown>, source: string): { name: string; version: string } {
  const tool = record['tool'] as { name?: unknown; version?: unknown } | undefined;
  if (tool?.name !== 'mlops-scan' || typeof tool.version !== 'string') throw new AggregateInputError(`${source}: not made by mlops-scan (no tool.name "mlops-scan" with a version)`);
  return { name: tool.name, version: tool.version };
}

function unknownSchema(source: string, kind: string, found: unknown, by: string, known: number): AggregateInputError {
  return new AggregateInputError(
    `${source}: ${kind} of unknown schema version ${JSON.stringify(found ?? null)} (made by mlops-scan ${by}); this mlops-scan reads schema ${known} only`,
  );
}
