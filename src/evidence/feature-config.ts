import { CONFIG_FILES, FEATURE_KEY, LIST_LINES, MIN_FEATURES, NOT_MODEL_CONFIG, TEST_PAYLOAD_CONTRACT, WEB_ASSET } from '../knowledge/feature-config.js';
import type { Evidence } from '../model/answer.js';
import type { RepoTexts } from './repo-texts.js';

/** Feature lists in config files: one evidence per file and key, at the key's line. */
export function featureConfigs(texts: Pick<RepoTexts, 'matching' | 'text'>): Evidence[] {
  const found: Evidence[] = [];
  for (const file of texts.matching(CONFIG_FILES)) {
    if (NOT_MODEL_CONFIG.test(file) || WEB_ASSET.test(file) || TEST_PAYLOAD_CONTRACT.test(file)) continue;
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
