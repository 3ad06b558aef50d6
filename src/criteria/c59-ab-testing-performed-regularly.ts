import type { Rule } from './rule.js';
import { no, nonEmpty, yes } from '../model/answer.js';
import { abTestingFindings } from '../profile/traits.js';
import { asEvidence, importHints, toolNames } from '../evidence/usages.js';

export const rule: Rule = {
  id: 59,
  kind: 'detects',
  answers: ['yes', 'no'],
  looksFor: 'traffic split between model versions (SageMaker production variants, KServe canary, Seldon/Istio weights, Vertex/Azure ML/Databricks endpoint traffic) or experiment SDKs (GrowthBook, Optimizely, Statsig, Eppo)',
  toYes: 'Split traffic between model versions (endpoint variants/weights) or assign users with an experimentation SDK, and compare the versions',
  async answer({ facts }) {
    const found = await abTestingFindings(facts);
    const proof = nonEmpty(asEvidence(found.usages));
    if (proof) {
      // A traffic split proves A/B capability; that it is done regularly is for a person to confirm.
      return yes(`Model versions are A/B tested through ${toolNames(found.usages)}.`, proof, { confidence: 'medium' });
    }
    return no('No traffic split between model versions and no experimentation SDK was found.', ['endpoint variants and traffic configs in code, manifests and IaC', 'experiment SDK calls'], {
      hints: importHints(found.importOnly),
    });
  },
};
