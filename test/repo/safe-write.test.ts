import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertWritable, WriteError, writeFileReplacing } from '../../src/repo/safe-write.js';
import { tempDir } from '../helpers/fixture-repo.js';

describe('writeFileReplacing', () => {
  it('creates or replaces a regular file and leaves no temp file behind', () => {
    const dir = tempDir();
    const file = path.join(dir, 'report.json');
    writeFileReplacing(file, 'one');
    writeFileReplacing(file, 'two');
    expect(readFileSync(file, 'utf8')).toBe('two');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('refuses to replace a symlink, so a planted link cannot redirect the write', () => {
    const dir = tempDir();
    const victim = path.join(dir, 'victim.txt');
    writeFileSync(victim, 'keep me');
    const link = path.join(dir, 'mlops-assessment.yaml.bak');
    symlinkSync(victim, link);
    expect(() => writeFileReplacing(link, 'overwrite')).toThrow(/symbolic link/);
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
  });

  it('refuses a FIFO or a folder as the target', () => {
    const dir = tempDir();
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    expect(() => writeFileReplacing(path.join(dir, 'pipe'), 'x')).toThrow(/not a regular file/);
    expect(() => writeFileReplacing(dir, 'x')).toThrow(WriteError);
  });

  it('finds a missing folder before anything is written', () => {
    const dir = tempDir();
    expect(() => assertWritable(path.join(dir, 'missing', 'report.json'))).toThrow(/no such folder/);
    expect(() => assertWritable(path.join(dir, 'report.json'))).not.toThrow();
  });
});
