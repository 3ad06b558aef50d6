import type { Rule } from './rule.js';
import { nonEmpty, unanswered, yes } from '../model/answer.js';

export const rule: Rule = {
  id: 51,
  kind: 'detects',
  // The rule's `unanswered` for a profile without feature-store evidence is a guard: the engine answers n/a first.
  answers: ['yes', 'n/a'],
  looksFor: 'a feature store in use (Feast, Tecton, Hopsworks, Databricks/SageMaker/Vertex feature stores): it resolves the features a model asks for, with their sources and joins',
  toYes: 'Serve features through a feature store, so the dependencies between features, sources and models are resolved by it rather than by hand.',
  answer({ profile }) {
    const evidence = nonEmpty(profile.featureStore.evidence);
    if (!evidence) return unanswered('No feature store usage was found to show which dependencies it manages.');
    // The spec counts a feature store in use; whether every feature goes through it is for a person to confirm.
    return yes('A feature store is in use, and it manages the dependencies of the features it serves.', evidence, {
      confidence: 'medium',
      hints: ['Confirm that features are materialised and joined by the feature store, not assembled by hand beside it.'],
    });
  },
};
