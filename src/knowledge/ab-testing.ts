import { CLOUDFORMATION, KUBERNETES, TERRAFORM, type FileProbe } from './file-probe.js';
import { CODEDEPLOY_TRAFFIC_SHIFT, MODEL_ENDPOINT_TEMPLATE } from './tracking.js';
import type { CapabilitySignature } from './select.js';
import { signaturesOf, type Tool } from './tool.js';

/** Experimentation SDKs that assign users to variants (criterion 59, the abTesting profile trait). */
export const AB_TESTING_TOOLS: readonly Tool<'experiment-sdk'>[] = [
  {
    id: 'growthbook',
    name: 'GrowthBook',
    docs: 'https://docs.growthbook.io/',
    proves: {
      'experiment-sdk': {
        imports: ['growthbook', '@growthbook/growthbook', '@growthbook/growthbook-react'],
        calls: ['growthbook.GrowthBook', '*.run', '*.get_feature_value', '@growthbook/growthbook.GrowthBook', '@growthbook/growthbook-react.useFeatureValue', '@growthbook/growthbook-react.useExperiment'],
      },
    },
  },
  {
    id: 'optimizely',
    name: 'Optimizely',
    docs: 'https://docs.developers.optimizely.com/',
    proves: {
      'experiment-sdk': {
        imports: ['optimizely', '@optimizely/optimizely-sdk'],
        calls: ['optimizely.optimizely.Optimizely', 'optimizely.optimizely_factory.**', '*.activate', '*.decide', '@optimizely/optimizely-sdk.createInstance', '@optimizely/optimizely-sdk.default.createInstance'],
      },
    },
  },
  {
    id: 'statsig',
    name: 'Statsig',
    docs: 'https://docs.statsig.com/',
    proves: {
      'experiment-sdk': {
        imports: ['statsig', 'statsig-node', 'statsig-js'],
        calls: ['statsig.statsig.get_experiment', 'statsig.statsig.initialize', 'statsig-node.getExperiment', 'statsig-node.default.getExperiment'],
      },
    },
  },
  { id: 'eppo', name: 'Eppo', docs: 'https://docs.geteppo.com/', proves: { 'experiment-sdk': { imports: ['eppo_client', '@eppo'], calls: ['eppo_client.**', '@eppo/**'] } } },
  { id: 'planout', name: 'PlanOut', docs: 'https://facebookarchive.github.io/planout/', proves: { 'experiment-sdk': { imports: ['planout'], calls: ['planout.ops.random.**'] } } },
];

export const EXPERIMENT_SDKS: readonly CapabilitySignature<'experiment-sdk'>[] = signaturesOf(AB_TESTING_TOOLS, ['experiment-sdk']);

/** Keyword arguments that split traffic between model versions in an endpoint call. */
export const TRAFFIC_SPLIT_KEYWORDS: readonly string[] = ['traffic_split', 'traffic_percentage', 'ProductionVariants', 'traffic_config'];

/** Traffic split between model versions declared in manifests and IaC. */
export const TRAFFIC_SPLIT_PROBES: readonly FileProbe[] = [
  { tool: 'KServe canary', capability: 'traffic-split', files: KUBERNETES, line: /^\s*canaryTrafficPercent\s*:/ },
  { tool: 'Istio weights', capability: 'traffic-split', files: KUBERNETES, line: /^\s*weight\s*:\s*(\d+|\{\{)/, fileAlso: /kind:\s*VirtualService\b/, minLines: 2 },
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
  // SAM/CodeDeploy shifting a Lambda alias from the version bound to the old model endpoint to the one
  // bound to the new endpoint: a canary between model versions, as KServe's (`medium` in rule 59).
  // A model router in serving code that sends a share of requests to a canary or challenger model
  // (`random.random() < self._canary_probability`, a Ray Serve graph's router); a random train/test split is not one.
  // Its own capability: the draw is per request, so it also shows a customer is not kept on one version (60).
  {
    tool: 'canary router in serving code',
    capability: 'random-routing',
    files: ['**/*.py'],
    line: /\brandom\.(random|uniform)\([^)]*\)\s*<\s*[\w.]*(canary|challenger|treatment|traffic)\w*/i,
  },
  {
    tool: 'canary router in serving code',
    capability: 'random-routing',
    files: ['**/*.{js,mjs,ts}'],
    line: /\bMath\.random\(\)\s*<\s*[\w.]*(canary|challenger|treatment|traffic)\w*/i,
  },
  { tool: 'CodeDeploy canary of the model endpoint\'s Lambda', capability: 'traffic-split', files: CLOUDFORMATION, line: CODEDEPLOY_TRAFFIC_SHIFT, fileAlso: MODEL_ENDPOINT_TEMPLATE },
];

/**
 * Deterministic assignment of a request to a model variant in code: an id hashed with a stable hash
 * (hashlib, mmh3, xxhash, crc32; Python's built-in `hash` is salted per process, so it is not one) and
 * bucketed (`% 2`) inside the method that picks the model, e.g. a pyfunc wrapper's `predict` calling
 * `self.model_a.predict` or `self.model_b.predict` by `int(md5(id).hexdigest(), 16) % 2` (criteria 59, 60).
 */
export const HASH_ROUTING = {
  imports: ['hashlib', 'mmh3', 'xxhash', 'zlib', 'farmhash'],
  calls: ['hashlib.md5', 'hashlib.sha1', 'hashlib.sha256', 'hashlib.sha512', 'hashlib.blake2b', 'hashlib.new', 'mmh3.*', 'xxhash.*', 'zlib.crc32', 'zlib.adler32', 'farmhash.*'],
  /** Where a variant is chosen: a model wrapper's predict, or an assignment function named for it. */
  routingMethod: /^(predict|__call__|route\w*|\w*variant\w*|assign\w*|\w*bucket\w*|choose_model|select_model|pick_model)$/,
  /** An assignment function proves itself by its name; a predict method must call two models. */
  assignmentMethod: /variant|assign|bucket/i,
  /** Bucketing of the hash: a modulo or an explicit bucket. */
  bucketing: /%\s*(\d+|len\(|self\.|[A-Z_]+\b)|\bbucket/,
} as const;
