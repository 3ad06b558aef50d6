import type { Evidence } from '../model/answer.js';

/**
 * How sure an absent trait is absent: `settled` (the detector sees everything that could prove it:
 * IaC files) gives `n/a` high; `probable` (a miss is possible: serving, feature store) gives `n/a`
 * medium; `open` (the repository leaves it to a person, e.g. only platform configs for IaC, which
 * criterion 9 leaves unanswered) gives `unanswered`.
 */
export type Absence = 'settled' | 'probable' | 'open';

/** A project trait the applicability of criteria depends on, with what proves it. */
export interface Trait {
  readonly present: boolean;
  readonly evidence: readonly Evidence[];
  /** What was looked for, said in the `n/a` rationale when the trait is absent. */
  readonly lookedFor: string;
  /** How sure the trait's absence is, when it is absent (see `Absence`). */
  readonly absence: Absence;
  /**
   * Whose the evidence is: the project's, or only an example it ships (an example server in utils/ or
   * examples/). The criteria that depend on an example trait are answered on that example, at most
   * with medium confidence, and say so.
   */
  readonly scope: TraitScope;
}

export type TraitScope = 'project' | 'example';

export interface LanguageShare {
  readonly name: string;
  readonly files: number;
}

export interface Profile {
  readonly languages: readonly LanguageShare[];
  /**
   * ML code of the project's own: model training, or serving or scoring a model. Without it the answers
   * describe the repository's engineering, not an ML system, and the report warns.
   */
  readonly ml: Trait;
  readonly realtime: Trait;
  readonly batch: Trait;
  readonly iac: Trait;
  readonly featureStore: Trait;
  readonly abTesting: Trait;
}

export type ServingKind = 'realtime' | 'batch' | 'both' | 'none';

export function servingKind(profile: Profile): ServingKind {
  if (profile.realtime.present && profile.batch.present) return 'both';
  if (profile.realtime.present) return 'realtime';
  if (profile.batch.present) return 'batch';
  return 'none';
}

export function trait(evidence: readonly Evidence[], lookedFor: string, absence: Absence = 'probable', scope: TraitScope = 'project'): Trait {
  return { present: evidence.length > 0, evidence, lookedFor, absence, scope };
}
