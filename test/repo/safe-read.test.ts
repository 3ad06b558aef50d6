import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInTree, readNamedByUser, treeRoot } from '../../src/repo/safe-read.js';
import { tempDir, writeFiles } from '../helpers/fixture-repo.js';

const CAP = 1024;

function layout(): { repo: string; outside: string } {
  const base = tempDir('mlops-scan-read-');
  const repo = path.join(base, 'repo');
  const outside = path.join(base, 'outside');
  writeFiles(repo, { 'a.py': 'x = 1\n', 'sub/b.py': 'y = 2\n' });
  writeFiles(outside, { 'secret.txt': 'token-123\n' });
  return { repo, outside };
}

function reason(result: ReturnType<typeof readInTree>): string {
  return result.ok ? 'read' : result.reason;
}

describe('readInTree: the repository is untrusted', () => {
  it('reads a regular file and a symlink that stays inside the tree', () => {
    const { repo } = layout();
    symlinkSync('sub/b.py', path.join(repo, 'link.py'));
    const root = treeRoot(repo);
    const direct = readInTree(root, 'a.py', CAP);
    const linked = readInTree(root, 'link.py', CAP);
    expect(direct.ok && direct.bytes.toString()).toBe('x = 1\n');
    expect(linked.ok && linked.bytes.toString()).toBe('y = 2\n');
  });

  it('never follows a symlink, or a symlinked folder, out of the tree', () => {
    const { repo, outside } = layout();
    symlinkSync(path.join(outside, 'secret.txt'), path.join(repo, 'secret.py'));
    symlinkSync(outside, path.join(repo, 'elsewhere'));
    const root = treeRoot(repo);
    expect(reason(readInTree(root, 'secret.py', CAP))).toContain('outside the repository');
    expect(reason(readInTree(root, 'elsewhere/secret.txt', CAP))).toContain('outside the repository');
  });

  it('refuses FIFOs, devices and loops without blocking', () => {
    const { repo } = layout();
    execFileSync('mkfifo', [path.join(repo, 'pipe.py')]);
    symlinkSync('/dev/zero', path.join(repo, 'zero.py'));
    symlinkSync('loop-b', path.join(repo, 'loop-a'));
    symlinkSync('loop-a', path.join(repo, 'loop-b'));
    const root = treeRoot(repo);
    expect(reason(readInTree(root, 'pipe.py', CAP))).toBe('not a regular file (fifo)');
    expect(reason(readInTree(root, 'zero.py', CAP))).toContain('outside the repository');
    expect(reason(readInTree(root, 'loop-a', CAP))).toContain('broken symlink');
  });

  it('caps the size, even of a sparse file that claims gigabytes', () => {
    const { repo } = layout();
    const big = path.join(repo, 'big.py');
    writeFileSync(big, '');
    truncateSync(big, 10 * 1024 ** 3);
    writeFileSync(path.join(repo, 'edge.py'), 'x'.repeat(CAP));
    const root = treeRoot(repo);
    expect(reason(readInTree(root, 'big.py', CAP))).toMatch(/^larger than 1024 bytes/);
    expect(reason(readInTree(root, 'edge.py', CAP))).toBe('read');
  });

  it('reports a missing file as unreadable', () => {
    const { repo } = layout();
    expect(reason(readInTree(treeRoot(repo), 'gone.py', CAP))).toBe('unreadable: ENOENT');
  });
});

describe('readNamedByUser: a path the user chose', () => {
  it('follows the user\'s symlink but still wants a regular file within the cap', () => {
    const { repo, outside } = layout();
    symlinkSync(path.join(outside, 'secret.txt'), path.join(repo, 'answers.yaml'));
    mkdirSync(path.join(repo, 'folder'));
    const read = readNamedByUser(path.join(repo, 'answers.yaml'), CAP);
    expect(read.ok && read.bytes.toString()).toBe('token-123\n');
    expect(reason(readNamedByUser(path.join(repo, 'folder'), CAP))).toBe('not a regular file (directory)');
    expect(reason(readNamedByUser('/dev/zero', CAP))).toBe('not a regular file (device)');
  });
});
