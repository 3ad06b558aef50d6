import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES } from '../helpers/fixture-repo.js';
import { HistoryBuilder } from '../helpers/git-history.js';
import { ruleTester } from '../helpers/rule-tester.js';

const feast = (file: string): string => readFileSync(path.join(FIXTURES, 'serve-feast-repo', file), 'utf8');
const definitions = { 'feature_repo/feature_store.yaml': feast('feature_repo/feature_store.yaml') };
const revision = (n: number) => ({ 'feature_repo/definitions.py': `${feast('feature_repo/definitions.py')}\n# revision ${n}\n` });

ruleTester(50, [
  // One commit is too little history to judge (fewer than 10 commits).
  { fixture: 'serve-feast-repo', answer: 'unanswered', rationale: /fewer than 10/ },
  { fixture: 'minimal-python', answer: 'n/a' },
  {
    name: 'built history: feature definitions change through pull requests',
    repo: () => {
      const repo = HistoryBuilder.init(definitions);
      for (let pr = 1; pr <= 11; pr++) repo.mergePr(pr, revision(pr));
      return repo.dir;
    },
    answer: 'yes',
    rationale: /11 of 12/,
  },
  {
    name: 'built history: feature definitions pushed straight to main',
    repo: () => {
      const repo = HistoryBuilder.init(definitions);
      for (let n = 1; n <= 11; n++) repo.push(`tweak features ${n}`, revision(n));
      return repo.dir;
    },
    answer: 'no',
  },
]);
