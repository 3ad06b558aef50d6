import type { Confidence, Evidence } from '../model/answer.js';

/** A project trait the applicability of criteria depends on, with what proves it. */
export interface Trait {
  readonly present: boolean;
  readonly evidence: readonly Evidence[];
  /** What was looked for, said in the `n/a` rationale when the trait is absent. */
  readonly lookedFor: string;
  /**
   * How sure an absence is, i.e. the confidence of the `n/a` it causes: `high` only where the detector
   * sees everything that could prove the trait (IaC files), `medium` where a miss is possible (serving).
   */
  readonly absenceConfidence: Confidence;
}

export interface LanguageShare {
  readonly name: string;
  readonly files: number;
}

export interface Profile {
  readonly languages: readonly LanguageShare[];
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

export function trait(evidence: readonly Evidence[], lookedFor: string, absenceConfidence: Confidence = 'medium'): Trait {
  return { present: evidence.length > 0, evidence, lookedFor, absenceConfidence };
}
