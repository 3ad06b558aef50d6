import type { Rule } from './rule.js';
import { dataPrepCode, trainingCode } from '../evidence/ml-lifecycle.js';
import { no, nonEmpty, yes } from '../model/answer.js';
import { featureStoreFindings } from '../profile/traits.js';
import { asEvidence, importHints, toolNames } from '../evidence/usages.js';
import { sharedFeatureModules } from '../evidence/feature-modules.js';

export const rule: Rule = {
  id: 47,
  kind: 'detects',
  answers: ['yes', 'no'],
  looksFor: 'feature store definitions and APIs (Feast feature_store.yaml, Tecton, Hopsworks, Databricks/SageMaker/Vertex feature stores) or a features module imported by several pipelines',
  toYes: 'Precompute features in a feature store, or move feature code into a package that every pipeline imports',
  async answer({ facts }) {
    const [store, shared] = await Promise.all([featureStoreFindings(facts), sharedFeatureModules(facts)]);
    const proof = nonEmpty([...asEvidence(store.usages, 6), ...shared.slice(0, 4)]);
    if (proof) {
      const what = [store.usages.length > 0 ? `a feature store (${toolNames(store.usages)})` : null, shared.length > 0 ? 'a shared features module' : null].filter(Boolean).join(' and ');
      return yes(`Features are shareable: ${what}.`, proof, { confidence: store.usages.length > 0 ? 'high' : 'medium' });
    }
    const [training, prep] = await Promise.all([trainingCode(facts), dataPrepCode(facts)]);
    const mlCode = training.usages.length > 0 || prep.usages.length > 0;
    // Say what is true: with no model or data code here, nothing builds features at all.
    const rationale = mlCode
      ? 'Features are built inline: no feature store and no features module shared by several pipelines.'
      : 'No feature store and no shared features module: the repository holds no model training or data preparation code that builds features.';
    return no(rationale, ['feature store configs and APIs', 'project modules named features/feature_engineering/preprocessing and who imports them'], {
      hints: importHints(store.importOnly),
    });
  },
};
