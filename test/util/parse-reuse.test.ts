import { describe, expect, it } from 'vitest';
import { reusedParse, reusedParses, reusingParses } from '../../src/util/parse-reuse.js';

describe('parse reuse across the scans of a trend', () => {
  it('parses the same content once inside reusingParses, and every time outside it', async () => {
    let calls = 0;
    const parse = (text: string) => () => {
      calls++;
      return { length: text.length };
    };
    reusedParse('json', 'a', parse('a'));
    reusedParse('json', 'a', parse('a'));
    expect(calls).toBe(2);
    calls = 0;
    await reusingParses(async () => {
      const first = reusedParse('json', 'abc', parse('abc'));
      await Promise.resolve();
      expect(reusedParse('json', 'abc', parse('abc'))).toBe(first);
      reusedParse('yaml', 'abc', parse('abc'));
    });
    // Once per kind: the same text is a different parse as YAML.
    expect(calls).toBe(2);
  });

  it('keeps a parse error, so a broken file stays broken at every point', async () => {
    await reusingParses(async () => {
      let calls = 0;
      const broken = () => {
        calls++;
        throw new Error('bad');
      };
      expect(() => reusedParse('toml', 'x =', broken)).toThrow('bad');
      expect(() => reusedParse('toml', 'x =', broken)).toThrow('bad');
      expect(calls).toBe(1);
    });
  });

  it('batch: parses only the keys not seen, results in the order asked', async () => {
    const asked: string[][] = [];
    const parseAll = async (keys: readonly string[]) => {
      asked.push([...keys]);
      return keys.map((key) => key.toUpperCase());
    };
    await reusingParses(async () => {
      expect(await reusedParses('python', ['a', 'b'], parseAll)).toEqual(['A', 'B']);
      expect(await reusedParses('python', ['b', 'c', 'a', 'c'], parseAll)).toEqual(['B', 'C', 'A', 'C']);
    });
    expect(asked).toEqual([['a', 'b'], ['c']]);
  });
});
