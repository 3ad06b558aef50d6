import { describe, expect, it } from 'vitest';
import { ownerEntry } from '../../src/collect/ci/review-gates.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(30, [
  { fixture: 'ci-review-settings-as-code', answer: 'yes', confidence: 'high', evidence: ['.github/settings.yml'] },
  { fixture: 'ci-codeowners-infra', answer: 'yes', confidence: 'medium', evidence: ['.github/CODEOWNERS'], rationale: /CODEOWNERS/ },
  { fixture: 'ci-terraform-no-pipeline', answer: 'unanswered', rationale: /No review requirement/ },
  { fixture: 'minimal-python', answer: 'n/a' },
]);

ruleTester(34, [
  { fixture: 'ci-review-settings-as-code', answer: 'yes', confidence: 'high', evidence: ['.github/settings.yml'], rationale: /requires 1 approving review/ },
  // CODEOWNERS owns only infra/: the code's review is not shown.
  { fixture: 'ci-codeowners-infra', answer: 'unanswered', rationale: /No review requirement/ },
  { fixture: 'minimal-python', answer: 'unanswered' },
]);

describe('CODEOWNERS matching', () => {
  const entry = (pattern: string, owners = 1, line = 1) => ({ file: 'CODEOWNERS', line, pattern, owners });
  it('lets the last matching pattern win and an ownerless entry remove ownership', () => {
    const entries = [entry('*', 1, 1), entry('/infra/', 1, 2), entry('infra/sandbox/', 0, 3)];
    expect(ownerEntry(entries, 'src/train.py')?.line).toBe(1);
    expect(ownerEntry(entries, 'infra/main.tf')?.line).toBe(2);
    expect(ownerEntry(entries, 'infra/sandbox/main.tf')).toBeNull();
  });
});

describe('CODEOWNERS coverage share', () => {
  it('counts nearly complete ownership (at least 90% of the files) and says the share', async () => {
    const { reviewAnswer } = await import('../../src/criteria/review-answer.js');
    const codeOwners = [
      { file: 'CODEOWNERS', line: 1, pattern: '/src/', owners: 1 },
      { file: 'CODEOWNERS', line: 2, pattern: '/infra/', owners: 2 },
    ];
    const gates = { codeOwners, rules: [], lookedAt: ['CODEOWNERS'] };
    const files = [...Array.from({ length: 19 }, (_, i) => `src/m${i}.py`), 'setup.py'];
    const most = reviewAnswer(gates, files, 'code');
    expect(most).toMatchObject({ answer: 'yes', confidence: 'medium', rationale: expect.stringContaining('19 of 20 files (95%)') });
    const half = reviewAnswer(gates, ['src/a.py', 'tools/b.py'], 'code');
    expect(half).toMatchObject({ answer: 'unanswered', rationale: expect.stringContaining('1 of 2 files (50%)') });
  });

  it('names a catch-all entry first', async () => {
    const { reviewAnswer } = await import('../../src/criteria/review-answer.js');
    const gates = { codeOwners: [{ file: '.github/CODEOWNERS', line: 3, pattern: '*', owners: 1 }], rules: [], lookedAt: ['CODEOWNERS'] };
    const answer = reviewAnswer(gates, ['a.py', 'b.py'], 'code');
    expect(answer).toMatchObject({ answer: 'yes', rationale: expect.stringContaining('catch-all *'), evidence: [{ file: '.github/CODEOWNERS', line: 3 }] });
  });
});
