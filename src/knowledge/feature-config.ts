import type { FileProbe } from './file-probe.js';

/**
 * Feature configuration kept out of code (criterion 53): a config file listing the model's features.
 * Knowledge as data (the key names) plus a small line reader; parsing stays tolerant of any format.
 */

/** Keys whose value lists a model's features (`num_features`, `cat_features`, `feature_columns` ...). */
export const FEATURE_KEY =
  /^\s*["']?(features|feature_names|feature_columns|feature_cols|feature_list|features_to_use|selected_features|input_features|model_features|num_features|numeric_features|numerical_features|continuous_features|cat_features|categorical_features|text_features|date_features|binary_features)["']?\s*[:=]\s*(.*?)\s*,?\s*$/;
/** Config formats a feature list is written in. */
export const CONFIG_FILES = ['**/*.{yml,yaml}', '**/*.json', '**/*.toml'] as const;
/** Files that configure tools, not the model (CI, editors, packages, docs sites) or only serve tests. */
export const NOT_MODEL_CONFIG = /(^|\/)(\.github|\.gitlab|\.circleci|\.vscode|\.devcontainer|node_modules|tests?|fixtures)\/|(^|\/)(\.pre-commit-config\.ya?ml|mkdocs\.ya?ml|package(-lock)?\.json|tsconfig[\w.-]*\.json|\.?[\w.-]*lint[\w.-]*|pyproject\.toml|poetry\.lock|Cargo\.toml|\.gitlab-ci\.yml|docker-compose[\w.-]*\.ya?ml|Chart\.yaml|values[\w.-]*\.ya?ml)$/;
/**
 * Seldon's microservice tester contracts (`contract.json`: features and targets with dtype, ftype and range)
 * describe random test payloads for `seldon-core-microservice-tester`, not the features a model is built from
 * (https://docs.seldon.io/projects/seldon-core/en/v1.1.1/python/api-testing.html).
 */
export const TEST_PAYLOAD_CONTRACT = /(^|\/)contract\.json$/;
/** A feature list needs at least this many entries to be a configuration rather than a stray key. */
export const MIN_FEATURES = 2;
/** How far below its key a list's items are read. */
export const LIST_LINES = 200;

/**
 * Public web assets of a UI (`ui/public/`, `frontend/static/`, `web/assets/`): demo data and fixtures a
 * page loads, not the configuration a model's features are built from.
 */
export const WEB_ASSET = /(^|\/)(ui|frontend|web|webapp|site|www|client|app)\/(.+\/)?(public|static|assets)\//i;

/** Declarative feature registries: a Feast feature repository (https://docs.feast.dev/reference/feature-repository). */
export const FEATURE_REGISTRY_PROBES: readonly FileProbe[] = [
  { tool: 'Feast feature repository', capability: 'feature-registry', files: ['**/feature_store.{yaml,yml}'], line: /^\s*(project|registry|provider)\s*:/ },
];
