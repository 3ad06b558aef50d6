/** What a person can record for a criterion; `unanswered` is not an answer, it is skipping. */
export const HUMAN_VALUES = ['yes', 'no', 'n/a'] as const;
export type HumanValue = (typeof HUMAN_VALUES)[number];

export function isHumanValue(value: unknown): value is HumanValue {
  return typeof value === 'string' && (HUMAN_VALUES as readonly string[]).includes(value);
}

/** One entry of the answers file. */
export interface HumanAnswer {
  readonly id: number;
  readonly answer: HumanValue;
  readonly comment: string | null;
  /** git user.name of whoever recorded it, when known. */
  readonly who: string | null;
  /** ISO 8601 time it was recorded (free text when written by hand). */
  readonly when: string | null;
  /** evidenceFingerprint() of the auto answer the person saw; null when written by hand. */
  readonly fingerprint: string | null;
}

/** Default name of the answers file, at the root of the scanned repository. */
export const DEFAULT_ANSWERS_FILE = 'mlops-assessment.yaml';
