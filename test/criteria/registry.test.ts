import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CRITERIA, criterion } from '../../src/model/questionnaire.js';
import { RULES } from '../../src/criteria/registry.js';
import type { AnswerValue } from '../../src/model/answer.js';
import { criterionOfTestFile, unexercisedAnswers } from '../helpers/rule-tester.js';

const testDir = path.dirname(fileURLToPath(import.meta.url));
const criteriaDir = path.resolve(testDir, '../../src/criteria');
const ruleFiles = readdirSync(criteriaDir).filter((f) => /^c\d\d-.*\.ts$/.test(f)).sort();
const criterionTestFiles = readdirSync(testDir).filter((f) => /^c\d\d-/.test(f)).sort();

const ANSWER_ORDER: readonly AnswerValue[] = ['yes', 'no', 'n/a', 'unanswered'];

describe('rule registry', () => {
  it('has exactly one rule per criterion, in id order', () => {
    expect(RULES.map((r) => r.id)).toEqual(CRITERIA.map((c) => c.id));
    expect(CRITERIA.map((c) => c.id)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
  });

  it('names each rule file after its criterion id', () => {
    const ids = ruleFiles.map((f) => Number(/^c(\d\d)-/.exec(f)?.[1]));
    expect(ids.sort((a, b) => a - b)).toEqual(CRITERIA.map((c) => c.id));
  });

  it('gives every rule metadata for explain and the README', () => {
    for (const rule of RULES) {
      expect(rule.looksFor.length, `rule ${rule.id} looksFor`).toBeGreaterThan(10);
      expect(rule.toYes.length, `rule ${rule.id} toYes`).toBeGreaterThan(10);
    }
  });
});

describe('declared answers', () => {
  it('lists each answer once, in the order yes, no, n/a, unanswered', () => {
    for (const rule of RULES) {
      expect(rule.answers, `rule ${rule.id} answers`).toEqual(ANSWER_ORDER.filter((a) => rule.answers.includes(a)));
    }
  });

  it('includes n/a for every criterion that applies only with a trait (the engine answers it)', () => {
    for (const rule of RULES) {
      if (criterion(rule.id).appliesWhen !== 'always') expect(rule.answers, `rule ${rule.id} answers`).toContain('n/a');
    }
  });

  it('includes unanswered for the IaC criteria: only platform configs leave the IaC trait to a person', () => {
    for (const rule of RULES) {
      if (criterion(rule.id).appliesWhen === 'iac') expect(rule.answers, `rule ${rule.id} answers`).toContain('unanswered');
    }
  });

  it('is only unanswered (and n/a where a trait is needed) for a criterion a person answers', () => {
    for (const rule of RULES.filter((r) => r.kind === 'asks')) {
      const expected = criterion(rule.id).appliesWhen === 'always' ? ['unanswered'] : ['n/a', 'unanswered'];
      expect(rule.answers, `rule ${rule.id} answers`).toEqual(expected);
    }
  });
});

describe('criterion test files', () => {
  it('gives every criterion exactly one test file, named after its rule file', () => {
    expect(criterionTestFiles).toEqual(ruleFiles.map((f) => f.replace(/\.ts$/, '.test.ts')));
    expect(criterionTestFiles.map((f) => criterionOfTestFile(path.join(testDir, f)))).toEqual(CRITERIA.map((c) => c.id));
  });

  it('runs the RuleTester in each, for its own criterion, so every declared answer is checked', () => {
    for (const file of criterionTestFiles) {
      const id = criterionOfTestFile(path.join(testDir, file));
      const text = readFileSync(path.join(testDir, file), 'utf8');
      expect(text, `${file} imports the RuleTester`).toMatch(/import \{[^}]*\bruleTester\b[^}]*\} from '\.\.\/helpers\/rule-tester\.js';/);
      expect(text, `${file} calls ruleTester(${id}, ...)`).toMatch(new RegExp(`^ruleTester\\(${id}, \\[`, 'm'));
    }
  });
});

describe('the RuleTester coverage check', () => {
  it('names the declared answers no case expects', () => {
    const rule = { answers: ['yes', 'no', 'n/a', 'unanswered'] as const };
    expect(unexercisedAnswers(rule, [{ answer: 'yes' }, { answer: 'no' }, { answer: 'yes' }])).toEqual(['n/a', 'unanswered']);
    expect(unexercisedAnswers(rule, [{ answer: 'unanswered' }, { answer: 'n/a' }, { answer: 'no' }, { answer: 'yes' }])).toEqual([]);
  });

  it('recognises only a criterion\'s own test file', () => {
    expect(criterionOfTestFile('/work/x/test/criteria/c07-api-documented-real-time.test.ts')).toBe(7);
    expect(criterionOfTestFile('C:\\x\\test\\criteria\\c60-customer-gets-model-version.test.ts')).toBe(60);
    expect(criterionOfTestFile('/work/x/test/criteria/applicability.test.ts')).toBeNull();
    expect(criterionOfTestFile('/work/x/test/profile/c07-fake.test.ts')).toBeNull();
  });
});
