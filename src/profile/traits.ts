import type { Facts } from '../evidence/facts.js';
import { EXPERIMENT_SDKS, TRAFFIC_SPLIT_KEYWORDS, TRAFFIC_SPLIT_PROBES } from '../knowledge/ab-testing.js';
import { FEATURE_STORE_PROBES, FEATURE_STORES } from '../knowledge/feature-store.js';
import { hashRouting } from '../evidence/hash-routing.js';
import { splitsTraffic } from '../evidence/traffic-split.js';
import { callsWithKeywords, dedupe, findEvidence, type Findings } from '../evidence/usages.js';

/** Feature store definitions or API use (Feast, Tecton, Hopsworks, Databricks, SageMaker, Vertex). */
export function featureStoreFindings(facts: Facts): Promise<Findings> {
  return findEvidence(facts, FEATURE_STORES, FEATURE_STORE_PROBES);
}

/**
 * Traffic split between model versions (manifests, IaC, endpoint calls), experiment SDK use, or
 * variants assigned by hashing an id in the code that picks the model.
 */
export async function abTestingFindings(facts: Facts): Promise<Findings> {
  const [declared, keyworded, hashed] = await Promise.all([
    findEvidence(facts, EXPERIMENT_SDKS, TRAFFIC_SPLIT_PROBES),
    callsWithKeywords(facts, ['sagemaker', 'boto3', 'google.cloud.aiplatform', 'databricks.sdk', 'mlflow.deployments'], TRAFFIC_SPLIT_KEYWORDS, {
      tool: 'endpoint traffic split',
      capability: 'traffic-split',
    }),
    hashRouting(facts),
  ]);
  const split = await splitsTraffic(facts, keyworded);
  return { usages: dedupe([...declared.usages, ...split, ...hashed]), importOnly: declared.importOnly, illustrative: declared.illustrative };
}
