import { describe, expect, it } from 'vitest';
import { ruleTester } from '../helpers/rule-tester.js';

// Criteria 30 and 34 share review-answer.ts; its CODEOWNERS share is tested here on code files.
ruleTester(34, [
  { fixture: 'ci-review-settings-as-code', answer: 'yes', confidence: 'high', evidence: ['.github/settings.yml'], rationale: /requires 1 approving review/ },
  // CODEOWNERS owns only infra/: the code's review is not shown.
  { fixture: 'ci-codeowners-infra', answer: 'unanswered', rationale: /No review requirement/ },
  { fixture: 'minimal-python', answer: 'unanswered' },
]);

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
