import type { SectionId } from '../model/questionnaire.js';
import type { AnswerValue, Confidence, Evidence } from '../model/answer.js';

/** A criterion's answer as reported: the scanner's, or a person's merged over it (see merge.ts). */
export interface ReportAnswer {
  readonly id: number;
  readonly section: SectionId;
  readonly statement: string;
  readonly answer: AnswerValue;
  readonly source: 'auto' | 'human';
  readonly confidence: Confidence | null;
  readonly rationale: string;
  readonly evidence: readonly Evidence[];
  /** Where the scanner looked, for `no` answers; empty otherwise. */
  readonly lookedAt: readonly string[];
  readonly hints: readonly string[];
  readonly internalError: string | null;
  /** evidenceFingerprint() of the scanner's answer and evidence (what a person is shown). */
  readonly fingerprint: string;
  /** What would turn this criterion to `yes` (the rule's metadata). */
  readonly toYes: string;
  /** Set for `source: "human"`: the person's comment, name (git user.name) and time, as recorded. */
  readonly comment: string | null;
  readonly who: string | null;
  readonly when: string | null;
  /** A human answer whose evidence changed since it was recorded: ask the person to re-confirm it. */
  readonly stale: boolean;
  /** The scanner's high-confidence answer that a human answer contradicts. */
  readonly disagreement: AutoAnswer | null;
}

export interface AutoAnswer {
  readonly answer: AnswerValue;
  readonly confidence: Confidence | null;
  readonly rationale: string;
}
