import type { Evidence } from '../model/answer.js';
import type { RepoTexts } from '../profile/repo-texts.js';
import type { FileProbe } from './file-probe.js';

/**
 * Feature configuration kept out of code (criterion 53): a config file listing the model's features.
 * Knowledge as data (the key names) plus a small line reader; parsing stays tolerant of any format.
 */

/** Keys whose value lists a model's features (`num_features`, `cat_features`, `feature_columns` ...). */
const FEATURE_KEY =
  /^\s*["']?(features|feature_names|feature_columns|feature_cols|feature_list|features_to_use|selected_features|input_features|model_features|num_features|numeric_features|numerical_features|continuous_features|cat_features|categorical_features|text_features|date_features|binary_features)["']?\s*[:=]\s*(.*?)\s*,?\s*$/;
/** Config formats a feature list is written in. */
const CONFIG_FILES = ['**/*.{yml,yaml}', '**/*.json', '**/*.toml'] as const;
/** Files that configure tools, not the model (CI, editors, packages, docs sites) or only serve tests. */
const NOT_MODEL_CONFIG = /(^|\/)(\.github|\.gitlab|\.circleci|\.vscode|\.devcontainer|node_modules|tests?|fixtures)\/|(^|\/)(\.pre-commit-config\.ya?ml|mkdocs\.ya?ml|package(-lock)?\.json|tsconfig[\w.-]*\.json|\.?[\w.-]*lint[\w.-]*|pyproject\.toml|poetry\.lock|Cargo\.toml|\.gitlab-ci\.yml|docker-compose[\w.-]*\.ya?ml|Chart\.yaml|values[\w.-]*\.ya?ml)$/;
/** A feature list needs at least this many entries to be a configuration rather than a stray key. */
const MIN_FEATURES = 2;
/** How far below its key a list's items are read. */
const LIST_LINES = 200;

/**
 * Public web assets of a UI (`ui/public/`, `frontend/static/`, `web/assets/`): demo data and fixtures a
 * page loads, not the configuration a model's features are built from.
 */
const WEB_ASSET = /(^|\/)(ui|frontend|web|webapp|site|www|client|app)\/(.+\/)?(public|static|assets)\//i;

/** Feature lists in config files: one evidence per file and key, at the key's line. */
export function featureConfigs(texts: Pick<RepoTexts, 'matching' | 'text'>): Evidence[] {
  const found: Evidence[] = [];
  for (const file of texts.matching(CONFIG_FILES)) {
    if (NOT_MODEL_CONFIG.test(file) || WEB_ASSET.test(file)) continue;
    const text = texts.text(file);
    if (text === null || !/features|feature_/.test(text)) continue;
    const lines = text.split(/\r?\n/);
    lines.forEach((line, i) => {
      const key = FEATURE_KEY.exec(line);
      if (!key || /^\s*#/.test(line)) return;
      const count = listLength(key[2] ?? '', lines, i);
      if (count >= MIN_FEATURES) found.push({ file, line: i + 1, note: `${key[1]}: ${count} features listed in configuration` });
    });
  }
  return found;
}

/** Entries of an inline (`[a, b]`) or block (YAML `- a`, JSON/TOML one item per line) list; 0 for anything else. */
function listLength(value: string, lines: readonly string[], at: number): number {
  const inline = /^\[(.*)\]$/.exec(value);
  if (inline) return (inline[1] ?? '').split(',').filter((item) => item.trim() !== '').length;
  if (value === '[') {
    let count = 0;
    for (let j = at + 1; j < Math.min(lines.length, at + LIST_LINES); j++) {
      const line = (lines[j] ?? '').trim();
      if (line.startsWith(']')) return count;
      if (line !== '' && !line.startsWith('#')) count++;
    }
    return 0;
  }
  if (value !== '' && !value.startsWith('#')) return 0;
  const indent = /^\s*/.exec(lines[at] ?? '')?.[0].length ?? 0;
  let count = 0;
  for (let j = at + 1; j < Math.min(lines.length, at + LIST_LINES); j++) {
    const line = lines[j] ?? '';
    if (line.trim() === '' || /^\s*#/.test(line)) continue;
    const depth = /^\s*/.exec(line)?.[0].length ?? 0;
    const item = /^\s*-\s+\S/.test(line);
    if (depth < indent || (depth === indent && !item)) break;
    if (item && (count === 0 || depth === firstDepth(lines, at))) count++;
  }
  return count;
}

/** Indentation of the first list item under the key at `at`. */
function firstDepth(lines: readonly string[], at: number): number {
  for (let j = at + 1; j < lines.length; j++) if (/^\s*-\s+\S/.test(lines[j] ?? '')) return /^\s*/.exec(lines[j] ?? '')?.[0].length ?? 0;
  return -1;
}

/** Declarative feature registries: a Feast feature repository (https://docs.feast.dev/reference/feature-repository). */
export const FEATURE_REGISTRY_PROBES: readonly FileProbe[] = [
  { tool: 'Feast feature repository', capability: 'feature-registry', files: ['**/feature_store.{yaml,yml}'], line: /^\s*(project|registry|provider)\s*:/ },
];
