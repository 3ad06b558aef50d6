import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { readInTree, treeRoot } from '../repo/safe-read.js';
import { entryKind } from '../repo/safe-read.js';
import { nestingProblem } from '../repo/yaml-stream.js';
import path from 'node:path';
import { CONFIG_FILE } from './config-name.js';

export { CONFIG_FILE };

/** A config file that cannot be used: one line naming the file and line, exit 2. */
export class ConfigError extends Error {}

/**
 * `.mlops-scan.yaml` at the scanned root. The repository is untrusted, so its config can only narrow the
 * scan or describe the project: paths to leave out, where its answers file is (inside the tree), its own
 * score bar, and its subprojects. Command-line flags win over every key.
 */
export interface ScanConfig {
  readonly file: string;
  /** Globs (picomatch, relative to the root) of files the scan leaves out. */
  readonly ignore: readonly string[];
  /** The answers file, relative to the root. */
  readonly answers: string | null;
  readonly failUnder: number | null;
  /** Folders that are ML projects of their own, relative to the root. */
  readonly subprojects: readonly string[];
}

const MAX_CONFIG_BYTES = 64 * 1024;
const KEYS = ['ignore', 'answers', 'fail-under', 'subprojects'] as const;

/** The config at `root`, or null when there is none; a symlink or an unreadable file is an error. */
export function loadConfig(root: string): ScanConfig | null {
  const full = path.join(root, CONFIG_FILE);
  const kind = entryKind(full);
  if (kind === 'missing') return null;
  if (kind !== 'file') throw new ConfigError(`${CONFIG_FILE}: must be a regular file (it is a ${kind}); use --no-config to scan without it`);
  const read = readInTree(treeRoot(root), CONFIG_FILE, MAX_CONFIG_BYTES);
  if (!read.ok) throw new ConfigError(`${CONFIG_FILE}: cannot read (${read.reason}); use --no-config to scan without it`);
  return parseConfig(read.bytes.toString('utf8'), CONFIG_FILE);
}

export function parseConfig(text: string, name: string): ScanConfig {
  const tooDeep = nestingProblem(text);
  if (tooDeep) throw new ConfigError(`${name}:1: ${tooDeep}`);
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const fail = (node: Node | null | undefined, message: string): never => {
    const offset = node?.range?.[0];
    throw new ConfigError(`${name}:${offset === undefined ? 1 : lines.linePos(offset).line}: ${message}`);
  };
  const broken = document.errors[0];
  if (broken) throw new ConfigError(`${name}:${lines.linePos(broken.pos[0]).line}: not valid YAML (${broken.message.split('\n')[0]})`);
  const config = { file: name, ignore: [] as string[], answers: null as string | null, failUnder: null as number | null, subprojects: [] as string[] };
  const root = document.contents;
  if (root === null || (isScalar(root) && root.value === null)) return config;
  if (!isMap(root)) return fail(root, `expected a mapping of ${KEYS.join(', ')}`);
  for (const pair of root.items) {
    const keyNode = pair.key as Node | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const value = pair.value as Node | null;
    switch (key) {
      case 'ignore':
        config.ignore = paths(value, 'ignore', fail);
        break;
      case 'subprojects':
        config.subprojects = paths(value, 'subprojects', fail);
        break;
      case 'answers':
        config.answers = relativePath(value, 'answers', fail);
        break;
      case 'fail-under': {
        const percent = isScalar(value) && typeof value.value === 'number' ? value.value : NaN;
        if (!(percent >= 0 && percent <= 100)) fail(value ?? keyNode, 'fail-under must be a number from 0 to 100');
        config.failUnder = percent;
        break;
      }
      default:
        fail(keyNode, `unknown key ${JSON.stringify(key)} (the keys are ${KEYS.join(', ')})`);
    }
  }
  return config;
}

type Fail = (node: Node | null | undefined, message: string) => never;

/** A list of repository-relative paths or globs. */
function paths(node: Node | null, key: string, fail: Fail): string[] {
  if (!isSeq(node)) return fail(node, `${key} must be a list of paths`);
  return node.items.map((item) => relativePath(item as Node, key, fail));
}

/** One path inside the repository: it may not point outside itself, so absolute paths and `..` are refused. */
function relativePath(node: Node | null, key: string, fail: Fail): string {
  const value = isScalar(node) && typeof node.value === 'string' ? node.value.trim() : '';
  if (value === '') return fail(node, `${key} takes paths inside the repository (non-empty strings)`);
  if (value.startsWith('/') || /^[a-z]:[\\/]/i.test(value) || value.split(/[\\/]/).includes('..')) {
    return fail(node, `${key} must stay inside the repository (no absolute path, no ..): ${value}`);
  }
  return value.replace(/^\.\//, '');
}
