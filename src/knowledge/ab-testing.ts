import { KUBERNETES, TERRAFORM, type FileProbe } from './file-probe.js';
import type { ToolSignature } from './signature.js';

/** Experimentation SDKs that assign users to variants (criterion 59, the abTesting profile trait). */
export const EXPERIMENT_SDKS: readonly ToolSignature[] = [
  { tool: 'GrowthBook', capability: 'experiment-sdk', imports: ['growthbook', '@growthbook/growthbook', '@growthbook/growthbook-react'], calls: ['growthbook.GrowthBook', '*.run', '*.get_feature_value', '@growthbook/growthbook.GrowthBook', '@growthbook/growthbook-react.useFeatureValue', '@growthbook/growthbook-react.useExperiment'] },
  { tool: 'Optimizely', capability: 'experiment-sdk', imports: ['optimizely', '@optimizely/optimizely-sdk'], calls: ['optimizely.optimizely.Optimizely', 'optimizely.optimizely_factory.**', '*.activate', '*.decide', '@optimizely/optimizely-sdk.createInstance', '@optimizely/optimizely-sdk.default.createInstance'] },
  { tool: 'Statsig', capability: 'experiment-sdk', imports: ['statsig', 'statsig-node', 'statsig-js'], calls: ['statsig.statsig.get_experiment', 'statsig.statsig.initialize', 'statsig-node.getExperiment', 'statsig-node.default.getExperiment'] },
  { tool: 'Eppo', capability: 'experiment-sdk', imports: ['eppo_client', '@eppo'], calls: ['eppo_client.**', '@eppo/**'] },
  { tool: 'PlanOut', capability: 'experiment-sdk', imports: ['planout'], calls: ['planout.ops.random.**'] },
];

/** Keyword arguments that split traffic between model versions in an endpoint call. */
export const TRAFFIC_SPLIT_KEYWORDS: readonly string[] = ['traffic_split', 'traffic_percentage', 'ProductionVariants', 'traffic_config'];

/** Traffic split between model versions declared in manifests and IaC. */
export const TRAFFIC_SPLIT_PROBES: readonly FileProbe[] = [
  { tool: 'KServe canary', capability: 'traffic-split', files: KUBERNETES, line: /^\s*canaryTrafficPercent\s*:/ },
  { tool: 'Istio weights', capability: 'traffic-split', files: KUBERNETES, line: /^\s*weight\s*:\s*\d+/, fileAlso: /kind:\s*VirtualService\b/, minLines: 2 },
  { tool: 'Seldon traffic', capability: 'traffic-split', files: KUBERNETES, line: /^\s*traffic\s*:\s*\d+/, fileAlso: /kind:\s*SeldonDeployment\b/, minLines: 2 },
  { tool: 'Seldon experiment', capability: 'traffic-split', files: KUBERNETES, line: /^\s*kind:\s*Experiment\s*$/, fileAlso: /mlops\.seldon\.io/ },
  { tool: 'Argo Rollouts / Flagger canary', capability: 'traffic-split', files: KUBERNETES, line: /^\s*-?\s*setWeight\s*:|^\s*stepWeight\s*:/ },
  { tool: 'SageMaker production variants', capability: 'traffic-split', files: TERRAFORM, line: /^\s*production_variants\s*\{/, minLines: 2 },
  { tool: 'SageMaker production variants', capability: 'traffic-split', files: ['**/*.yml', '**/*.yaml', '**/*.json', '**/*.template', '**/*.py'], line: /^\s*["']?VariantName["']?\s*[:=]/, fileAlso: /ProductionVariants/, minLines: 2 },
  { tool: 'Azure ML endpoint traffic', capability: 'traffic-split', files: ['**/*.py'], line: /^\s*\w+\.traffic\s*=\s*\{[^}]*,/ },
  { tool: 'Azure ML endpoint traffic', capability: 'traffic-split', files: ['**/*.yml', '**/*.yaml'], line: /^\s*traffic\s*:/, fileAlso: /OnlineEndpoint\.schema\.json/ },
  { tool: 'Databricks serving traffic', capability: 'traffic-split', files: ['**/*.yml', '**/*.yaml', '**/*.json'], line: /^\s*"?traffic_percentage"?\s*:/, minLines: 2 },
  { tool: 'Databricks serving traffic', capability: 'traffic-split', files: TERRAFORM, line: /^\s*traffic_percentage\s*=/, minLines: 2 },
  { tool: 'Vertex AI traffic split', capability: 'traffic-split', files: TERRAFORM, line: /^\s*traffic_split\s*=/ },
];
