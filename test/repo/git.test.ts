import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openGitRepository } from '../../src/repo/git.js';
import { git, tempDir, writeFiles } from '../helpers/fixture-repo.js';

/** A repository whose HEAD commit carries a (fake) signature, so `git log` with log.showSignature would run gpg.program. */
function signedLookingRepo(): { repo: string; marker: string; planted: string } {
  const base = tempDir('mlops-scan-git-');
  const repo = path.join(base, 'repo');
  const marker = path.join(base, 'MARKER');
  const planted = path.join(base, 'planted.sh');
  writeFileSync(planted, `#!/bin/sh\ntouch '${marker}'\n`);
  chmodSync(planted, 0o755);
  writeFiles(repo, { 'train.py': 'import sklearn\n' });
  git(repo, ['init', '-q']);
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-qm', 'first']);
  const raw = git(repo, ['cat-file', 'commit', 'HEAD']);
  const signed = raw.replace(/^(committer .*)$/m, '$1\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n -----END PGP SIGNATURE-----');
  const sha = execFileSync('git', ['hash-object', '-t', 'commit', '-w', '--stdin'], { cwd: repo, input: signed, encoding: 'utf8' }).trim();
  git(repo, ['update-ref', 'refs/heads/main', sha]);
  for (const [key, value] of [
    ['log.showSignature', 'true'],
    ['gpg.program', planted],
    ['core.fsmonitor', planted],
    ['core.pager', planted],
    ['diff.external', planted],
  ]) {
    git(repo, ['config', key!, value!]);
  }
  return { repo, marker, planted };
}

const notes = (): { note: (file: string, reason: string) => void; seen: string[] } => {
  const seen: string[] = [];
  return { seen, note: (file, reason) => seen.push(`${file}: ${reason}`) };
};

describe('openGitRepository: git never reads the repository\'s config', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('logs a signed-looking commit without running gpg.program (the case is live: plain git runs it)', async () => {
    const { repo, marker } = signedLookingRepo();
    execFileSync('git', ['log', '-n1'], { cwd: repo, stdio: 'ignore' });
    expect(existsSync(marker)).toBe(true);
    rmSync(marker);

    const { note, seen } = notes();
    const opened = await openGitRepository(repo, note);
    const log = await opened!.run({ kind: 'log', limit: 5, format: '%s', nameOnly: true, paths: [] });
    const files = await opened!.run({ kind: 'ls-files' });
    expect(log).toEqual({ ok: true, stdout: 'first\n\ntrain.py\n' });
    expect(files).toEqual({ ok: true, stdout: 'train.py\0' });
    expect(existsSync(marker)).toBe(false);
    expect(seen).toEqual([]);
  });

  it('is not steered by GIT_* variables the scan inherits (a hook or CI job may set them)', async () => {
    const { repo, planted, marker } = signedLookingRepo();
    vi.stubEnv('GIT_DIR', '/nonexistent');
    vi.stubEnv('GIT_CONFIG_PARAMETERS', `'core.fsmonitor'='${planted}' 'log.showSignature'='true'`);
    vi.stubEnv('GIT_EXTERNAL_DIFF', planted);
    const opened = await openGitRepository(repo, notes().note);
    expect(opened?.head).toMatch(/^[0-9a-f]{40}$/);
    const log = await opened!.run({ kind: 'log', limit: 1, format: '%s', nameOnly: false, paths: [] });
    expect(log).toEqual({ ok: true, stdout: 'first\n' });
    expect(existsSync(marker)).toBe(false);
  });

  it('reports an include in the repository config as not followed, and does not block on it', async () => {
    const { repo } = signedLookingRepo();
    const fifo = path.join(path.dirname(repo), 'fifo');
    execFileSync('mkfifo', [fifo]);
    git(repo, ['config', 'include.path', fifo]);
    const { note, seen } = notes();
    const opened = await openGitRepository(repo, note);
    expect((await opened!.run({ kind: 'head' })).ok).toBe(true);
    expect(seen).toEqual([expect.stringMatching(/^\.git\/config: includes other files/)]);
  });

  it('does not follow a .git file that points outside the folder', async () => {
    const { repo: other } = signedLookingRepo();
    const repo = tempDir();
    writeFiles(repo, { '.git': `gitdir: ${path.join(other, '.git')}\n`, 'a.py': '' });
    const { note, seen } = notes();
    expect(await openGitRepository(repo, note)).toBeNull();
    expect(seen).toEqual([expect.stringMatching(/^\.git: points outside the repository/)]);
  });

  it('does not open git metadata that is a FIFO', async () => {
    const { repo } = signedLookingRepo();
    rmSync(path.join(repo, '.git', 'HEAD'));
    execFileSync('mkfifo', [path.join(repo, '.git', 'HEAD')]);
    const { note, seen } = notes();
    expect(await openGitRepository(repo, note)).toBeNull();
    expect(seen).toEqual([expect.stringMatching(/^\.git\/HEAD: not a regular file \(fifo\)/)]);
  });
});
