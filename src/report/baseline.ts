import type { AnswerValue } from '../model/answer.js';
import type { Report } from './report.js';

/** A report given as `--baseline` that cannot be used: one line for the user, exit 2. */
export class BaselineError extends Error {}

/** What the comparison needs of an earlier JSON report (any schema-1 report has it). */
export interface Baseline {
  readonly answers: readonly { readonly id: number; readonly answer: AnswerValue }[];
}

const ANSWER_VALUES: readonly string[] = ['yes', 'no', 'n/a', 'unanswered'] satisfies readonly AnswerValue[];

/** An earlier `--format json` report; anything else is refused with the reason. */
export function parseBaseline(text: string, file: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BaselineError(`${file}: not a JSON report (make one with --format json)`);
  }
  const report = data as { schemaVersion?: unknown; answers?: unknown };
  if (typeof data !== 'object' || data === null || report.schemaVersion !== 1) {
    throw new BaselineError(`${file}: not an mlops-scan JSON report of schema version 1`);
  }
  if (!Array.isArray(report.answers)) throw new BaselineError(`${file}: the report has no answers list`);
  const answers = report.answers.map((entry: unknown, i) => {
    const { id, answer } = (entry ?? {}) as { id?: unknown; answer?: unknown };
    if (typeof id !== 'number' || !Number.isInteger(id) || typeof answer !== 'string' || !ANSWER_VALUES.includes(answer)) {
      throw new BaselineError(`${file}: answers[${i}] is not an answer (an id and yes/no/n/a/unanswered)`);
    }
    return { id, answer: answer as AnswerValue };
  });
  return { answers };
}

export interface Regression {
  /** Criteria that were `yes` in the baseline and are not now. */
  readonly lostYes: readonly { readonly id: number; readonly now: AnswerValue }[];
  /** The exact scores, when the score fell. */
  readonly scoreFell: { readonly before: number; readonly now: number } | null;
}

/** What got worse since the baseline; null when nothing did (a team holding its ground passes). */
export function regressionSince(baseline: Baseline, report: Report): Regression | null {
  const now = new Map(report.answers.map((a) => [a.id, a.answer]));
  const lostYes = baseline.answers
    .filter((a) => a.answer === 'yes' && now.has(a.id) && now.get(a.id) !== 'yes')
    .map((a) => ({ id: a.id, now: now.get(a.id) ?? 'unanswered' }));
  const before = exactScore(baseline.answers);
  const after = exactScore(report.answers);
  const scoreFell = after < before ? { before, now: after } : null;
  return lostYes.length > 0 || scoreFell ? { lostYes, scoreFell } : null;
}

/** Exact share of `yes` among applicable criteria, 0..100; no applicable criterion counts as 0. */
export function exactScore(answers: readonly { readonly answer: AnswerValue }[]): number {
  const applicable = answers.filter((a) => a.answer !== 'n/a');
  return applicable.length === 0 ? 0 : (100 * applicable.filter((a) => a.answer === 'yes').length) / applicable.length;
}

/** One decimal where it matters: 79.6% below 80%, never a rounded 80% below 80%. */
export function formatPercent(percent: number): string {
  return `${Number.isInteger(percent) ? percent : percent.toFixed(1)}%`;
}

/** The lines that say what regressed, for stderr. */
export function describeRegression(regression: Regression): string[] {
  const lines = regression.lostYes.map((r) => `criterion ${r.id} was yes in the baseline and is ${r.now} now`);
  if (regression.scoreFell) lines.push(`score fell from ${formatPercent(regression.scoreFell.before)} to ${formatPercent(regression.scoreFell.now)}`);
  return lines;
}
