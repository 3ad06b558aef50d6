import type { Rule } from './rule.js';
import { no, nonEmpty, unanswered, yes } from '../model/answer.js';
import { abTestingFindings } from '../profile/traits.js';
import { asEvidence, toolNames } from '../evidence/usages.js';

export const rule: Rule = {
  id: 60,
  kind: 'detects',
  answers: ['yes', 'no', 'n/a', 'unanswered'],
  looksFor: 'deterministic assignment of customers to variants: a stable hash of an id bucketed to a model version in code, or an experimentation SDK that hashes the user key (GrowthBook, Optimizely, Statsig, Eppo)',
  toYes: 'Assign each customer to a variant deterministically (hash the customer id into buckets, or let an experimentation SDK do it) instead of splitting traffic per request',
  // Runs only with A/B testing: the engine answers n/a from the abTesting trait.
  async answer({ facts }) {
    const found = await abTestingFindings(facts);
    const hashed = found.usages.filter((u) => u.capability === 'hash-routing');
    const proof = nonEmpty(asEvidence(hashed, 4));
    if (proof) {
      return yes('Variants are assigned by a stable hash of an id, so the same id always reaches the same model version; confirm the id is the customer\'s.', proof, {
        confidence: 'medium',
      });
    }
    const sdks = found.usages.filter((u) => u.capability === 'experiment-sdk');
    const sdkProof = nonEmpty(asEvidence(sdks, 4));
    if (sdkProof) {
      // These SDKs bucket by hashing the user key they are given (GrowthBook hashAttribute, Optimizely bucketing ID).
      return yes(`Variants are assigned by ${toolNames(sdks)}, which buckets users by a hash of their key; confirm the key is a stable customer id.`, sdkProof, {
        confidence: 'medium',
      });
    }
    // The whole routing is code of this repository and draws per request: a customer can reach either version.
    const perRequest = nonEmpty(asEvidence(found.usages.filter((u) => u.capability === 'random-routing'), 4));
    if (perRequest && found.usages.every((u) => u.capability === 'random-routing')) {
      return no('The router in this repository picks the model version by a random draw per request, so one customer can reach either version.', ['model routers in serving code', 'hash-based assignment', 'experiment SDK calls'], {
        evidence: perRequest,
        confidence: 'medium',
        hints: ['Hash a stable customer id into the buckets instead of drawing per request.'],
      });
    }
    return unanswered('Traffic is split between model versions, but nothing shows that a customer stays on one version: an endpoint split routes each request on its own.', {
      evidence: asEvidence(found.usages, 4),
      hints: [
        'Check whether callers pin a variant per customer (e.g. SageMaker TargetVariant chosen from a hash of the customer id) or the split is per request.',
      ],
    });
  },
};
