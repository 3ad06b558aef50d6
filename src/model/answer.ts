/** One place in the repository that supports an answer. `line` is null for a whole file or a git fact. */
export interface Evidence {
  readonly file: string;
  readonly line: number | null;
  readonly note: string;
}

export type Confidence = 'high' | 'medium';
export type AnswerValue = 'yes' | 'no' | 'n/a' | 'unanswered';
export type NonEmpty<T> = readonly [T, ...T[]];

interface Common {
  /** One sentence saying why. */
  readonly rationale: string;
  /** Things for the person answering to check; partial evidence goes in `evidence`. */
  readonly hints: readonly string[];
}

/** `yes` cannot be given without at least one piece of evidence. */
export interface YesAnswer extends Common {
  readonly answer: 'yes';
  readonly confidence: Confidence;
  readonly evidence: NonEmpty<Evidence>;
}

/** `no` must say where the scanner looked; what it did find (not enough for yes) is evidence. */
export interface NoAnswer extends Common {
  readonly answer: 'no';
  readonly confidence: Confidence;
  readonly lookedAt: NonEmpty<string>;
  readonly evidence: readonly Evidence[];
}

export interface NotApplicableAnswer extends Common {
  readonly answer: 'n/a';
  readonly confidence: Confidence;
  readonly evidence: readonly Evidence[];
}

/** The repository cannot settle it; partial evidence is attached for the person. */
export interface UnansweredAnswer extends Common {
  readonly answer: 'unanswered';
  readonly evidence: readonly Evidence[];
  /** Set when the rule itself failed; the message names the internal error. */
  readonly internalError?: string;
}

export type Answer = YesAnswer | NoAnswer | NotApplicableAnswer | UnansweredAnswer;

interface Extras {
  readonly confidence?: Confidence;
  readonly hints?: readonly string[];
}

export function yes(rationale: string, evidence: NonEmpty<Evidence>, extras: Extras = {}): YesAnswer {
  return { answer: 'yes', confidence: extras.confidence ?? 'high', rationale, evidence, hints: extras.hints ?? [] };
}

export function no(
  rationale: string,
  lookedAt: NonEmpty<string>,
  extras: Extras & { readonly evidence?: readonly Evidence[] } = {},
): NoAnswer {
  return {
    answer: 'no',
    confidence: extras.confidence ?? 'high',
    rationale,
    lookedAt,
    evidence: extras.evidence ?? [],
    hints: extras.hints ?? [],
  };
}

export function notApplicable(
  rationale: string,
  extras: Extras & { readonly evidence?: readonly Evidence[] } = {},
): NotApplicableAnswer {
  return {
    answer: 'n/a',
    confidence: extras.confidence ?? 'high',
    rationale,
    evidence: extras.evidence ?? [],
    hints: extras.hints ?? [],
  };
}

export function unanswered(
  rationale: string,
  extras: { readonly hints?: readonly string[]; readonly evidence?: readonly Evidence[] } = {},
): UnansweredAnswer {
  return { answer: 'unanswered', rationale, evidence: extras.evidence ?? [], hints: extras.hints ?? [] };
}

/** Narrows a list to NonEmpty so `yes(...)` can be called only when evidence exists. */
export function nonEmpty<T>(items: readonly T[]): NonEmpty<T> | null {
  return items.length > 0 ? (items as NonEmpty<T>) : null;
}

export function evidence(file: string, line: number | null, note: string): Evidence {
  return { file, line, note };
}
