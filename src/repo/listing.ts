import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import path from 'node:path';
import { readInTree, type TreeRoot } from './safe-read.js';
import { decodeText } from './text.js';

/**
 * Folders whose content is somebody else's code or a build output, never evidence about the project.
 * A path with any of these as a segment is left out of the index.
 */
export const VENDORED_DIRS: ReadonlySet<string> = new Set([
  'node_modules',
  '.venv',
  'venv',
  'site-packages',
  'dist',
  'build',
  '.git',
]);

export function vendoredSegment(relPath: string): string | null {
  for (const segment of relPath.split('/').slice(0, -1)) {
    if (VENDORED_DIRS.has(segment)) return segment;
  }
  return null;
}

/** Ignore files are small; a larger one is somebody's accident or an attack, and is not used. */
const MAX_IGNORE_BYTES = 256 * 1024;

/** Extra ignore rules for the whole folder, as git's `.git/info/exclude` adds them. */
export interface RootExclude {
  /** Path of the rules file relative to the listed folder, for the skipped list. */
  readonly shown: string;
  readonly root: TreeRoot;
  readonly file: string;
}

/**
 * Every file under the folder outside vendored folders, honoring the .gitignore files found along the
 * way (each applies to its own folder and below, as git does). Symlinks are listed, not followed; the
 * ignore files are read through the safe reader, so a FIFO or a link out of the tree is skipped, not read.
 */
export async function listFolder(
  root: TreeRoot,
  skip: (file: string, reason: string) => void,
  exclude: RootExclude | null = null,
): Promise<string[]> {
  const all = await fg('**/*', {
    cwd: root.path,
    dot: true,
    // Symlinks are not "files" to fast-glob; list every entry and drop the real directories instead.
    onlyFiles: false,
    markDirectories: true,
    followSymbolicLinks: false,
    suppressErrors: true,
    ignore: [...VENDORED_DIRS].map((name) => `**/${name}/**`),
  });
  const entries = all.filter((entry) => !entry.endsWith('/'));
  const rules = new Map<string, Ignore>();
  const rootRules = exclude ? readRules(exclude.root, exclude.file, (reason) => skip(exclude.shown, reason)) : null;
  for (const file of entries) {
    if (path.posix.basename(file) !== '.gitignore') continue;
    const folderRules = readRules(root, file, (reason) => skip(file, reason));
    if (folderRules) rules.set(path.posix.dirname(file), folderRules);
  }
  if (rootRules) {
    const here = rules.get('.');
    rules.set('.', here ? rootRules.add(here) : rootRules);
  }
  return entries.filter((file) => !isIgnored(file, rules)).sort();
}

function readRules(root: TreeRoot, file: string, skip: (reason: string) => void): Ignore | null {
  const read = readInTree(root, file, MAX_IGNORE_BYTES);
  if (!read.ok) {
    skip(`${read.reason}; its ignore rules were not applied`);
    return null;
  }
  const text = decodeText(read.bytes);
  return text === null ? null : ignore().add(text);
}

function isIgnored(file: string, rules: ReadonlyMap<string, Ignore>): boolean {
  let dir = path.posix.dirname(file);
  for (;;) {
    const rule = rules.get(dir);
    if (rule) {
      const relative = dir === '.' ? file : file.slice(dir.length + 1);
      if (rule.ignores(relative)) return true;
    }
    if (dir === '.') return false;
    dir = path.posix.dirname(dir);
  }
}
