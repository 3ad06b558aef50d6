import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gitOutput, splitNul } from './git.js';

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

/** The tracked files under `dir` (paths relative to `dir`, posix). */
export async function listGitTracked(dir: string): Promise<string[]> {
  return splitNul(await gitOutput(dir, ['ls-files', '-z', '--cached']));
}

/** Untracked files git does not ignore: present in the folder but not evidence. */
export async function listGitUntracked(dir: string): Promise<string[]> {
  return splitNul(await gitOutput(dir, ['ls-files', '-z', '--others', '--exclude-standard']));
}

/**
 * Every file under `dir` outside vendored folders, honoring the .gitignore files found along the way
 * (each applies to its own folder and below, as git does). Symlinks are listed, not followed.
 */
export async function listFolder(dir: string): Promise<string[]> {
  const all = await fg('**/*', {
    cwd: dir,
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
  for (const file of entries) {
    if (path.posix.basename(file) !== '.gitignore') continue;
    try {
      rules.set(path.posix.dirname(file), ignore().add(readFileSync(path.join(dir, file), 'utf8')));
    } catch {
      // An unreadable .gitignore ignores nothing; the file itself is reported when a rule reads it.
    }
  }
  return entries.filter((file) => !isIgnored(file, rules)).sort();
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
