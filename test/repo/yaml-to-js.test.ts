import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseYamlStream } from '../../src/repo/yaml-stream.js';
import { parseYamlValue, yamlToJs } from '../../src/repo/yaml-to-js.js';
import { FIXTURES } from '../helpers/fixture-repo.js';
import { yamlBomb } from '../helpers/yaml-bomb.js';

const value = (text: string): unknown => parseYamlValue(text);

/** Wall time of `run` in ms. */
function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe('yamlToJs', () => {
  it('reads plain aliases as the anchored value, the last anchor of a name before the alias', () => {
    expect(value('a: &x 1\nb: *x\nc: &x 2\nd: *x\n')).toEqual({ a: 1, b: 1, c: 2, d: 2 });
    const data = value('base: &b {image: python}\nj1: *b\nj2: *b\n') as Record<string, unknown>;
    expect(data.j1).toEqual({ image: 'python' });
    // Each anchor is converted once: its aliases share the value.
    expect(data.j1).toBe(data.j2);
  });

  it('applies merge keys: own keys win, then earlier sources over later ones', () => {
    expect(value('base: &b {x: 1, y: 2}\njob:\n  <<: *b\n  y: 3\n')).toEqual({ base: { x: 1, y: 2 }, job: { x: 1, y: 3 } });
    expect(value('a: &a {x: 1}\nb: &b {x: 2, z: 3}\nj:\n  <<: [*a, *b]\n  w: 0\n')).toMatchObject({ j: { x: 1, z: 3, w: 0 } });
    expect(value('j:\n  x: 9\n  <<: {x: 1, y: 2}\n')).toEqual({ j: { x: 9, y: 2 } });
    // A merge of a merge, as GitLab templates extend each other.
    expect(value('a: &a {x: 1}\nb: &b\n  <<: *a\n  y: 2\nj:\n  <<: *b\n')).toMatchObject({ j: { x: 1, y: 2 } });
  });

  it('keeps a quoted "<<" as an ordinary key and ignores merge sources that are not mappings', () => {
    expect(value('a: &a {x: 1}\nj:\n  "<<": *a\n')).toEqual({ a: { x: 1 }, j: { '<<': { x: 1 } } });
    expect(value('a: &a 5\nj:\n  <<: [*a, {y: 1}]\n')).toEqual({ a: 5, j: { y: 1 } });
  });

  it('resolves nested anchors and aliases inside anchored nodes', () => {
    const data = value('outer: &o\n  inner: &i {k: v}\n  list: [*i]\nuse: *o\nagain: *i\n') as Record<string, unknown>;
    expect(data.use).toEqual({ inner: { k: 'v' }, list: [{ k: 'v' }] });
    expect(data.again).toBe((data.outer as Record<string, unknown>).inner);
  });

  it('makes `__proto__` an own key without touching the prototype, and stringifies odd keys', () => {
    const data = value('__proto__: {polluted: true}\nconstructor: c\n') as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(data, '__proto__')).toBe(true);
    expect(data.constructor).toBe('c');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(value('? [a, b]\n: 1\n~: 2\n1: 3\ntrue: 4\n')).toEqual({ '[ a, b ]': 1, '': 2, '1': 3, true: 4 });
  });

  it('reads every YAML fixture as yaml toJS does', () => {
    const files = yamlFiles(FIXTURES);
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
      const list = Array.isArray(docs) ? docs : [];
      if (list.some((doc) => doc.errors.length > 0)) continue;
      for (const doc of list) expect(yamlToJs(doc), path.relative(FIXTURES, file)).toEqual(doc.toJS() ?? null);
    }
  });

  it('converts 5,000 aliases of one anchor in linear time', () => {
    const jobs = Array.from({ length: 5000 }, (_, i) => `j${i}: *a`).join('\n');
    const text = `.base: &a\n  image: python:3.11\n  script: [pytest]\n${jobs}\n`;
    let data: Record<string, unknown> = {};
    const ms = timed(() => {
      data = value(text) as Record<string, unknown>;
    });
    expect(data.j4999).toEqual({ image: 'python:3.11', script: ['pytest'] });
    expect(ms).toBeLessThan(1500);
  });
});

describe('parseYamlStream', () => {
  it('refuses a billion-laughs document in linear time', () => {
    for (const [width, levels] of [[9, 9], [30, 30]] as const) {
      let error: unknown;
      const ms = timed(() => {
        try {
          parseYamlStream(yamlBomb(width, levels));
        } catch (caught) {
          error = caught;
        }
      });
      expect(String(error)).toMatch(/YAML aliases expand to more than 100000 nodes/);
      expect(ms).toBeLessThan(500);
    }
  });

  it('accepts aliases up to the expansion cap', () => {
    // 9^4 × (1 + 9) nodes is well under the cap.
    expect(() => parseYamlStream(yamlBomb(9, 4))).not.toThrow();
  });

  it('refuses aliases that expand into themselves or have no anchor before them', () => {
    expect(() => parseYamlStream('a: &a [1, *a]\n')).toThrow(/inside its own anchor/);
    expect(() => parseYamlStream('a: *nope\n')).toThrow(/no anchor before it/);
    expect(() => parseYamlStream('a: *b\nb: &b 1\n')).toThrow(/no anchor before it/);
  });

  it('refuses nesting deeper than 200 levels before composing, also through aliases', () => {
    expect(() => parseYamlStream(`${'['.repeat(150)}${']'.repeat(150)}`)).not.toThrow();
    for (const deep of [`${'['.repeat(5000)}${']'.repeat(5000)}`, `${'- '.repeat(5000)}x`, '{a: '.repeat(3000)]) {
      expect(() => parseYamlStream(deep)).toThrow(/nested deeper than 200 levels/);
    }
    const chained = Array.from({ length: 5 }, (_, i) => `l${i}: &l${i} ${'['.repeat(60)}${i === 0 ? '1' : `*l${i - 1}`}${']'.repeat(60)}`).join('\n');
    expect(() => parseYamlStream(chained)).toThrow(/nesting deeper than 200 levels/);
  });

  it('reads multi-document streams and reports syntax errors', () => {
    expect(parseYamlStream('a: 1\n---\nb: 2\n').map((doc) => yamlToJs(doc))).toEqual([{ a: 1 }, { b: 2 }]);
    expect(parseYamlStream('')).toEqual([]);
    expect(() => parseYamlStream('a: [1\n')).toThrow(/invalid YAML/);
    expect(() => parseYamlValue('a: 1\n---\nb: 2\n')).toThrow(/single YAML document/);
  });
});

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/.test(name) ? [full] : [];
  });
}
