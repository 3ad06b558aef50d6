// The questionnaire as the scanner uses it: the statements and sections generated from
// questionnaire/criteria.tsv (questionnaire.generated.ts), plus what the sheet does not say and the
// scanner must decide: which criteria apply only to some kinds of project, and which sections are the
// maturity bar. docs/criteria.md shows both to users.
import { QUESTIONNAIRE, type CriterionId, type QuestionnaireEntry, type SectionId } from './questionnaire.generated.js';

export { SECTIONS, type SectionId } from './questionnaire.generated.js';

/** Which project trait a criterion needs before it applies; without it the answer is `n/a`. */
export type Applicability = 'always' | 'realtime' | 'batch' | 'inference' | 'iac' | 'featureStore' | 'abTesting';

export interface Criterion extends QuestionnaireEntry {
  readonly appliesWhen: Applicability;
}

/** The trait a criterion that does not apply always needs. */
export type RequiredTrait = Exclude<Applicability, 'always'>;

/**
 * The criteria that apply only with a trait; every other criterion applies always. Each follows the
 * statement's own scope ("For real time inference use cases", "When doing A/B testing", what a feature
 * store does, the model's served inputs), except 11, 29 and 30: they judge an IaC process, which cannot
 * exist without IaC.
 */
const ONLY_WITH: Readonly<Partial<Record<number, RequiredTrait>>> = {
  7: 'realtime',
  11: 'iac',
  29: 'iac',
  30: 'iac',
  35: 'realtime',
  36: 'realtime',
  41: 'realtime',
  42: 'batch',
  48: 'realtime',
  50: 'featureStore',
  51: 'featureStore',
  52: 'featureStore',
  58: 'inference',
  60: 'abTesting',
} satisfies Partial<Record<CriterionId, RequiredTrait>>;

/** Sections 1-4 are the maturity bar: all `yes` (or `n/a`) there means "MLOps mature". */
export const MATURITY_SECTIONS: readonly SectionId[] = [1, 2, 3, 4];

export const CRITERIA: readonly Criterion[] = QUESTIONNAIRE.map((entry) => ({
  ...entry,
  appliesWhen: ONLY_WITH[entry.id] ?? 'always',
}));

export function criterion(id: number): Criterion {
  const found = CRITERIA[id - 1];
  if (found?.id !== id) throw new Error(`unknown criterion id ${id}`);
  return found;
}
