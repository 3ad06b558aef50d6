import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanRepository } from '../../src/engine/scan.js';
import { HistoryBuilder } from '../helpers/git-history.js';
import { FIXTURES } from '../helpers/fixture-repo.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(51, [
  { fixture: 'serve-feast-repo', answer: 'yes', confidence: 'medium', evidence: ['feature_repo/definitions.py'] },
  { fixture: 'minimal-python', answer: 'n/a' },
]);

// One commit is too little history to judge (fewer than 10 commits).
ruleTester(50, [
  { fixture: 'serve-feast-repo', answer: 'unanswered', rationale: /fewer than 10/ },
  { fixture: 'minimal-python', answer: 'n/a' },
]);

const feast = (file: string): string => readFileSync(path.join(FIXTURES, 'serve-feast-repo', file), 'utf8');

describe('criterion 50 on a history', () => {
  const definitions = { 'feature_repo/feature_store.yaml': feast('feature_repo/feature_store.yaml') };

  it('is yes when feature definitions change through pull requests', async () => {
    const repo = HistoryBuilder.init(definitions);
    for (let pr = 1; pr <= 11; pr++) {
      repo.mergePr(pr, { 'feature_repo/definitions.py': `${feast('feature_repo/definitions.py')}\n# revision ${pr}\n` });
    }
    const answer = (await scanRepository(repo.dir)).results[49]?.answer;
    expect(answer?.answer).toBe('yes');
    expect(answer?.rationale).toMatch(/11 of 12/);
  });

  it('is no when they are pushed straight to main', async () => {
    const repo = HistoryBuilder.init(definitions);
    for (let n = 1; n <= 11; n++) {
      repo.push(`tweak features ${n}`, { 'feature_repo/definitions.py': `${feast('feature_repo/definitions.py')}\n# revision ${n}\n` });
    }
    expect((await scanRepository(repo.dir)).results[49]?.answer.answer).toBe('no');
  });
});
