import { describe, expect, it } from 'vitest';
import { ParsedFiles } from '../../src/repo/parsed-files.js';
import { RepoIndex } from '../../src/repo/repo-index.js';
import { tempDir, writeFiles } from '../helpers/fixture-repo.js';
import { yamlBomb } from '../helpers/yaml-bomb.js';

async function parsedOver(files: Readonly<Record<string, string>>): Promise<{ index: RepoIndex; parsed: ParsedFiles }> {
  const dir = tempDir();
  writeFiles(dir, files);
  const index = await RepoIndex.open(dir);
  return { index, parsed: new ParsedFiles(index) };
}

describe('ParsedFiles YAML', () => {
  it('skips a billion-laughs file like a broken one, naming the expansion', async () => {
    const { index, parsed } = await parsedOver({ '.pre-commit-config.yaml': yamlBomb(9, 9), 'ok.yaml': 'a: &x 1\nb: *x\n' });
    expect(parsed.yaml('.pre-commit-config.yaml')).toBeNull();
    expect(parsed.yamlDocuments('.pre-commit-config.yaml')).toBeNull();
    expect(parsed.yaml('ok.yaml')).toEqual({ a: 1, b: 1 });
    expect(index.skipped).toEqual([{ file: '.pre-commit-config.yaml', reason: 'could not parse: YAML aliases expand to more than 100000 nodes' }]);
  });

  it('skips a file nested too deep instead of composing it', async () => {
    const { index, parsed } = await parsedOver({ 'deep.yml': `x: ${'['.repeat(950)}${']'.repeat(950)}\n`, 'also.yml': `x: ${'['.repeat(950)}${']'.repeat(950)}\n` });
    expect(parsed.yaml('deep.yml')).toBeNull();
    expect(parsed.yaml('also.yml')).toBeNull();
    expect(index.skipped.map((s) => s.reason)).toEqual(['could not parse: YAML nested deeper than 200 levels', 'could not parse: YAML nested deeper than 200 levels']);
  });

  it('splits a file into lines once', async () => {
    const { parsed } = await parsedOver({ 'a.txt': 'one\r\ntwo\n' });
    expect(parsed.lines('a.txt')).toEqual(['one', 'two', '']);
    expect(parsed.lines('a.txt')).toBe(parsed.lines('a.txt'));
    expect(parsed.lines('missing.txt')).toEqual([]);
  });
});
