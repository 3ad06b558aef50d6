import { chmodSync, existsSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openGitRepository } from '../../src/repo/git.js';
import { MAX_FILE_BYTES } from '../../src/repo/repo-index.js';
import { CommitTrees } from '../../src/repo/tree-source.js';
import { git, tempDir, writeFiles } from '../helpers/fixture-repo.js';

/** A repository whose config plants a program as fsmonitor and as a smudge filter for *.py. */
function plantedRepo(): { repo: string; marker: string } {
  const base = tempDir('mlops-scan-tree-');
  const repo = path.join(base, 'repo');
  const marker = path.join(base, 'MARKER');
  const planted = path.join(base, 'planted.sh');
  writeFileSync(planted, `#!/bin/sh\ntouch '${marker}'\ncat\n`);
  chmodSync(planted, 0o755);
  writeFiles(repo, { 'train.py': 'import sklearn\n', '.gitattributes': '*.py filter=evil\n', 'big.csv': 'x'.repeat(MAX_FILE_BYTES + 1) });
  git(repo, ['init', '-q']);
  symlinkSync('/etc/passwd', path.join(repo, 'passwd'));
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-qm', 'first']);
  for (const [key, value] of [
    ['core.fsmonitor', planted],
    ['filter.evil.smudge', planted],
    ['filter.evil.clean', planted],
  ] as const) {
    git(repo, ['config', key, value]);
  }
  return { repo, marker };
}

describe('CommitTrees: files of a commit from the object store', () => {
  it('reads committed bytes without running anything the repository config names; links and large files are skipped', async () => {
    const { repo, marker } = plantedRepo();
    const trees = await CommitTrees.open(repo, () => undefined);
    if (typeof trees === 'string') throw new Error(trees);
    const head = trees.head ?? '';
    const source = await trees.at(head);
    expect([...source.files].sort()).toEqual(['.gitattributes', 'big.csv', 'passwd', 'train.py']);
    const train = source.read('train.py', MAX_FILE_BYTES);
    expect(train.ok && train.bytes.toString('utf8')).toBe('import sklearn\n');
    expect(source.read('passwd', MAX_FILE_BYTES)).toEqual({ ok: false, reason: 'a symlink (not followed when reading a commit)' });
    expect(source.read('big.csv', MAX_FILE_BYTES)).toEqual({ ok: false, reason: `larger than 1 MiB (${MAX_FILE_BYTES + 1} bytes)` });
    expect(source.git?.head).toBe(head);
    expect(existsSync(marker)).toBe(false);
  });

  it('asks git once whether the clone is shallow, for every commit read', async () => {
    const { repo } = plantedRepo();
    writeFiles(repo, { 'serve.py': 'import fastapi\n' });
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-qm', 'second']);
    const trees = await CommitTrees.open(repo, () => undefined);
    if (typeof trees === 'string') throw new Error(trees);
    const [first, second] = await trees.firstParent();
    const [a, b] = await Promise.all([trees.at(first?.sha ?? ''), trees.at(second?.sha ?? '')]);
    const asked = a.git?.run({ kind: 'is-shallow' });
    expect(b.git?.run({ kind: 'is-shallow' })).toBe(asked);
    await expect(asked).resolves.toMatchObject({ ok: true, stdout: 'false\n' });
  });

  it('refuses a revision that is not a commit id before git sees it (it could be read as an option)', async () => {
    const { repo } = plantedRepo();
    const opened = await openGitRepository(repo, () => undefined);
    await expect(async () => opened?.run({ kind: 'ls-tree', commit: '--output=/tmp/owned' })).rejects.toThrow('not a commit id: "--output=/tmp/owned"');
  });
});
