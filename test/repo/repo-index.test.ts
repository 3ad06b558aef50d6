import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParsedFiles } from '../../src/repo/parsed-files.js';
import { MAX_FILE_BYTES, RepoIndex } from '../../src/repo/repo-index.js';
import { git, tempDir, writeFiles } from '../helpers/fixture-repo.js';

describe('RepoIndex listing', () => {
  it('lists only tracked files in a git work tree', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'train.py': 'x = 1\n', 'src/app.py': 'y = 2\n' });
    git(dir, ['init', '-q']);
    git(dir, ['add', 'train.py']);
    git(dir, ['commit', '-qm', 'one']);
    const index = await RepoIndex.open(dir);
    expect(index.files).toEqual(['train.py']);
    expect(await index.untracked()).toEqual(['src/app.py']);
    expect(index.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('lists a subfolder of a work tree relative to that folder', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'ml/train.py': 'x = 1\n', 'web/app.js': '' });
    git(dir, ['init', '-q']);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-qm', 'one']);
    const index = await RepoIndex.open(path.join(dir, 'ml'));
    expect(index.files).toEqual(['train.py']);
  });

  it('honors nested .gitignore files outside git and leaves out vendored folders', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      '.gitignore': 'data/\n*.log\n',
      'data/raw.csv': 'a,b\n',
      'run.log': 'x',
      'pkg/.gitignore': 'secret.txt\n',
      'pkg/secret.txt': 'x',
      'pkg/keep.py': 'x = 1\n',
      'node_modules/lib/index.js': '',
      '.venv/lib/site.py': '',
      'build/out.py': '',
    });
    const index = await RepoIndex.open(dir);
    expect(index.git).toBeNull();
    expect(index.files).toEqual(['.gitignore', 'pkg/.gitignore', 'pkg/keep.py']);
  });

  it('matches globs and base names', async () => {
    const dir = tempDir();
    writeFiles(dir, { '.github/workflows/ci.yml': 'on: push\n', 'docker/Dockerfile.gpu': 'FROM x\n' });
    const index = await RepoIndex.open(dir);
    expect(index.matching('.github/workflows/*.y*ml')).toEqual(['.github/workflows/ci.yml']);
    expect(index.named(/^dockerfile/i)).toEqual(['docker/Dockerfile.gpu']);
  });
});

describe('RepoIndex reading', () => {
  it('skips large, binary and outside-pointing files with a reason, and reads each file once', async () => {
    const dir = tempDir();
    const outside = tempDir();
    writeFileSync(path.join(outside, 'secret.txt'), 'outside');
    writeFiles(dir, { 'ok.txt': 'hello\r\nworld\n', 'inner.txt': 'inner' });
    writeFileSync(path.join(dir, 'big.txt'), 'a'.repeat(MAX_FILE_BYTES + 1));
    // A notebook's outputs make it large; up to its own cap it is still read.
    writeFileSync(path.join(dir, 'eda.ipynb'), `{"cells": [], "pad": "${'a'.repeat(MAX_FILE_BYTES + 1)}"}`);
    writeFileSync(path.join(dir, 'model.bin'), Buffer.from([1, 0, 2, 3]));
    symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'escape.txt'));
    symlinkSync(path.join(dir, 'inner.txt'), path.join(dir, 'alias.txt'));
    const index = await RepoIndex.open(dir);
    expect(index.text('ok.txt')).toBe('hello\r\nworld\n');
    expect(index.lines('ok.txt')).toEqual(['hello', 'world', '']);
    expect(index.text('big.txt')).toBeNull();
    expect(index.text('eda.ipynb')?.length).toBeGreaterThan(MAX_FILE_BYTES);
    expect(index.text('model.bin')).toBeNull();
    expect(index.text('escape.txt')).toBeNull();
    expect(index.text('alias.txt')).toBe('inner');
    expect(index.skipped.map((s) => [s.file, s.reason.split(' ')[0]])).toEqual([
      ['big.txt', 'larger'],
      ['escape.txt', 'symlink'],
      ['model.bin', 'binary'],
    ]);
  });

  it('decodes UTF-16 with a BOM and drops a UTF-8 BOM', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Título', 'utf16le')]));
    writeFileSync(path.join(dir, 'bom.md'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# Goals')]));
    const index = await RepoIndex.open(dir);
    expect(index.text('utf16.md')).toBe('# Título');
    expect(index.text('bom.md')).toBe('# Goals');
  });
});

describe('ParsedFiles', () => {
  it('parses each format once and records broken files as skipped instead of throwing', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'conf'));
    writeFiles(dir, {
      'conf/good.yaml': 'a: 1\n---\nb: 2\n',
      'conf/bad.yaml': 'a: [1, 2\n',
      'conf/bad.json': '{"a": ',
      'pyproject.toml': '[project]\nname = "x"\n',
      'bad.toml': '[project\n',
    });
    const index = await RepoIndex.open(dir);
    const parsed = new ParsedFiles(index);
    expect(parsed.yamlDocuments('conf/good.yaml')?.length).toBe(2);
    expect(parsed.yamlDocuments('conf/good.yaml')).toBe(parsed.yamlDocuments('conf/good.yaml'));
    expect(parsed.yaml('conf/bad.yaml')).toBeNull();
    expect(parsed.json('conf/bad.json')).toBeNull();
    expect(parsed.toml('pyproject.toml')).toEqual({ project: { name: 'x' } });
    expect(parsed.toml('bad.toml')).toBeNull();
    expect(index.skipped.map((s) => s.file)).toEqual(['bad.toml', 'conf/bad.json', 'conf/bad.yaml']);
    expect(parsed.lineAt('conf/good.yaml', 'a: 1\n---\n'.length)).toBe(3);
    expect(parsed.findLine('conf/good.yaml', /^b:/)).toBe(3);
  });
});
