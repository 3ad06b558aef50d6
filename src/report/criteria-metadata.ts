import { CRITERIA, SECTIONS, type Applicability, type Criterion, type RequiredTrait } from '../model/questionnaire.js';
import { RULES } from '../criteria/registry.js';
import type { AnswerValue, NonEmpty } from '../model/answer.js';

/**
 * One criterion as the docs present it (README table, docs/criteria.md, `explain`): the questionnaire's
 * statement joined with its rule's metadata, gathered once so the three cannot disagree.
 */
export interface CriterionMetadata {
  readonly criterion: Criterion;
  readonly sectionTitle: string;
  /** `scanner`: the rule inspects the repository; `person`: it hands the question to a person. */
  readonly answeredBy: 'scanner' | 'person';
  /** The answers a scan can report for the criterion (the rule's `answers`). */
  readonly answers: NonEmpty<AnswerValue>;
  readonly looksFor: string;
  readonly toYes: string;
}

/** How the docs name each trait: short (a table cell) and as the projects that have it (a sentence). */
export const TRAIT_NAMES: Readonly<Record<RequiredTrait, { readonly short: string; readonly projects: string }>> = {
  realtime: { short: 'real-time serving', projects: 'projects that serve predictions online (real-time inference)' },
  batch: { short: 'batch scoring', projects: 'projects with batch scoring jobs' },
  inference: { short: 'deployed inference', projects: 'projects that deploy inference (online or batch)' },
  iac: { short: 'IaC', projects: 'projects with infrastructure as code' },
  featureStore: { short: 'feature store', projects: 'projects with a feature store' },
  abTesting: { short: 'A/B testing', projects: 'projects that run A/B tests' },
};

/** The trait a criterion needs before it applies, or null when it applies to every project. */
export function requiredTrait(applicability: Applicability): RequiredTrait | null {
  return applicability === 'always' ? null : applicability;
}

/** Every criterion's metadata, in id order. Throws when a criterion has no rule (the registry test forbids it). */
export function criteriaMetadata(): readonly CriterionMetadata[] {
  const ruleOf = new Map(RULES.map((rule) => [rule.id, rule]));
  return CRITERIA.map((criterion) => {
    const rule = ruleOf.get(criterion.id);
    if (!rule) throw new Error(`criterion ${criterion.id} has no rule in src/criteria/registry.ts`);
    return {
      criterion,
      sectionTitle: SECTIONS[criterion.section],
      answeredBy: rule.kind === 'detects' ? 'scanner' : 'person',
      answers: rule.answers,
      looksFor: rule.looksFor,
      toYes: rule.toYes,
    };
  });
}

/** One criterion's metadata; null for an id outside the questionnaire. */
export function criterionMetadata(id: number): CriterionMetadata | null {
  return criteriaMetadata().find((m) => m.criterion.id === id) ?? null;
}
