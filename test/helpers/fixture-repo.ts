import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Fixture Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Fixture Author',
  GIT_COMMITTER_EMAIL: 'author@example.com',
  GIT_AUTHOR_DATE: '2025-01-01T12:00:00Z',
  GIT_COMMITTER_DATE: '2025-01-01T12:00:00Z',
};

export function git(dir: string, args: readonly string[], env: Record<string, string> = {}): string {
  return execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    env: { ...GIT_ENV, ...env },
    encoding: 'utf8',
  });
}

export function tempDir(prefix = 'mlops-scan-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/**
 * A copy of `fixtures/<name>` in a temp dir. By default it becomes a git repository with one commit,
 * as a user's checkout would be (fixtures cannot hold a nested .git); `git: false` leaves a plain folder.
 */
export function fixtureCopy(name: string, options: { git?: boolean } = {}): string {
  const source = path.join(FIXTURES, name);
  if (!existsSync(source)) throw new Error(`no fixture ${name}`);
  const dir = tempDir(`mlops-scan-${name}-`);
  cpSync(source, dir, { recursive: true, verbatimSymlinks: true });
  if (options.git ?? true) {
    git(dir, ['init', '-q']);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '--allow-empty', '-m', 'Initial commit']);
  }
  return dir;
}

/** Writes files (path → content) under `dir`, creating folders. */
export function writeFiles(dir: string, files: Readonly<Record<string, string>>): void {
  for (const [file, content] of Object.entries(files)) {
    const full = path.join(dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}
