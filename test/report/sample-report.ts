import { CRITERIA } from '../../src/model/questionnaire.js';
import { evidenceFingerprint } from '../../src/answers/fingerprint.js';
import type { HumanAnswer } from '../../src/answers/human-answer.js';
import { mergeHumanAnswers } from '../../src/answers/merge.js';
import type { AnswerValue, Confidence, Evidence } from '../../src/model/answer.js';
import type { ReportAnswer } from '../../src/answers/report-answer.js';
import { summarize, type Report } from '../../src/report/report.js';

/** An auto answer for criterion `id`, as the scanner would report it. */
export function autoAnswer(
  id: number,
  answer: AnswerValue,
  extra: { confidence?: Confidence | null; evidence?: readonly Evidence[]; rationale?: string; hints?: readonly string[] } = {},
): ReportAnswer {
  const criterion = CRITERIA.find((c) => c.id === id);
  if (!criterion) throw new Error(`no criterion ${id}`);
  const evidence = extra.evidence ?? [];
  return {
    id,
    section: criterion.section,
    statement: criterion.statement,
    answer,
    source: 'auto',
    confidence: answer === 'unanswered' ? null : (extra.confidence ?? 'high'),
    rationale: extra.rationale ?? `Scanner rationale for ${id}.`,
    evidence,
    lookedAt: answer === 'no' ? ['.github/workflows'] : [],
    hints: extra.hints ?? [],
    internalError: null,
    fingerprint: evidenceFingerprint(answer, evidence),
    toYes: `Do what criterion ${id} asks.`,
    comment: null,
    who: null,
    when: null,
    stale: false,
    disagreement: null,
  };
}

/** A report of 60 answers: `overrides` by id, every other criterion `unanswered`. */
export function sampleReport(
  overrides: Readonly<Record<number, ReportAnswer>> = {},
  human: ReadonlyMap<number, HumanAnswer> = new Map(),
): Report {
  const answers = mergeHumanAnswers(
    CRITERIA.map((c) => overrides[c.id] ?? autoAnswer(c.id, 'unanswered')),
    human,
  );
  const absent = { present: false, evidence: [], scope: 'project' } as const;
  return {
    schemaVersion: 1,
    tool: { name: 'mlops-scan', version: '0.0.0-test' },
    target: { path: '/tmp/repo', commit: '0123456789abcdef0123456789abcdef01234567' },
    profile: { serving: 'none', languages: [], ml: absent, realtime: absent, batch: absent, iac: absent, featureStore: absent, abTesting: absent },
    answers,
    skipped: [],
    ignored: { patterns: [], files: 0 },
    summary: summarize(answers),
  };
}
