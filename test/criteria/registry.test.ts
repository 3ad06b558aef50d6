import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CRITERIA } from '../../src/model/questionnaire.js';
import { RULES } from '../../src/criteria/registry.js';

const criteriaDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/criteria');

describe('rule registry', () => {
  it('has exactly one rule per criterion, in id order', () => {
    expect(RULES.map((r) => r.id)).toEqual(CRITERIA.map((c) => c.id));
    expect(CRITERIA.map((c) => c.id)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
  });

  it('names each rule file after its criterion id', () => {
    const ids = readdirSync(criteriaDir)
      .filter((f) => /^c\d\d-.*\.ts$/.test(f))
      .map((f) => Number(/^c(\d\d)-/.exec(f)?.[1]));
    expect(ids.sort((a, b) => a - b)).toEqual(CRITERIA.map((c) => c.id));
  });

  it('gives every rule metadata for explain and the README', () => {
    for (const rule of RULES) {
      expect(rule.looksFor.length, `rule ${rule.id} looksFor`).toBeGreaterThan(10);
      expect(rule.toYes.length, `rule ${rule.id} toYes`).toBeGreaterThan(10);
    }
  });
});
