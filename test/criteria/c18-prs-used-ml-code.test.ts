import { expect } from 'vitest';
import { createFacts } from '../../src/evidence/scan-facts.js';
import { RepoIndex } from '../../src/repo/repo-index.js';
import { HistoryBuilder } from '../helpers/git-history.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { fakeProfile } from '../helpers/fake-facts.js';

// One commit is too little history; the other cases build their history at test time and scan it whole.
ruleTester(18, [
  { fixture: 'hist-fresh-repo', answer: 'unanswered', rationale: /Only 1 recent first-parent commits/ },
  {
    name: 'built history: PR merges, squash merges and GitLab merge requests dominate',
    repo: () => {
      const repo = HistoryBuilder.init({ 'train.py': 'fit()\n' });
      for (let n = 1; n <= 5; n++) repo.mergePr(n, { [`src/step${n}.py`]: `${n}\n` });
      for (let n = 6; n <= 8; n++) repo.squash(n, `Improve features ${n}`, { 'features.py': `${n}\n` });
      for (let n = 9; n <= 11; n++) repo.mergePr(n, { [`gl${n}.py`]: `${n}\n` }, 'gitlab');
      return repo.dir;
    },
    // 11 of 12 first-parent commits (the initial commit was pushed directly).
    answer: 'yes',
    confidence: 'high',
    rationale: '11 of 12',
    evidence: ['gl11.py'],
  },
  {
    name: 'built history: almost everything pushed directly',
    repo: () => {
      const repo = HistoryBuilder.init();
      for (let n = 1; n <= 11; n++) repo.push(`Retrain ${n}`, { 'model.py': `${n}\n` });
      return repo.mergePr(1, { 'api.py': '1\n' }).dir;
    },
    answer: 'no',
    rationale: '1 of 13',
  },
  {
    name: 'built history: in between, with the measured share',
    repo: () => {
      const repo = HistoryBuilder.init();
      for (let n = 1; n <= 6; n++) repo.mergePr(n, { [`m${n}.py`]: '1\n' }).push(`Direct ${n}`, { 'x.py': `${n}\n` });
      return repo.dir;
    },
    answer: 'unanswered',
    rationale: '6 of 13 recent first-parent commits (46%)',
  },
  {
    name: 'built history: a shallow clone is unanswered, with the shallow clone as the reason',
    repo: () => {
      const repo = HistoryBuilder.init();
      for (let n = 1; n <= 12; n++) repo.mergePr(n, { [`m${n}.py`]: '1\n' });
      return repo.shallowClone();
    },
    answer: 'unanswered',
    rationale: 'Shallow clone: only the last commits are here',
    check: (answer) => expect(answer.hints.join(' ')).toMatch(/fetch-depth: 0/),
  },
  {
    name: 'built history: git cannot list the files, so the count comes from subjects and says where the evidence points',
    repo: () => {
      const repo = HistoryBuilder.init({ 'README.md': '# Churn\n', 'src/train.py': 'fit()\n' });
      for (let n = 1; n <= 11; n++) repo.mergePr(n, { 'src/train.py': `fit(${n})\n` });
      return repo.dropObject('HEAD~4:src').dir;
    },
    answer: 'yes',
    confidence: 'high',
    rationale: '11 of 12 recent first-parent commits (92%)',
    check: (answer) => {
      expect(answer.rationale).toContain('could not list the files these commits changed in this checkout, so the evidence points at README.md');
      expect(new Set(answer.evidence.map((e) => e.file))).toEqual(new Set(['README.md']));
    },
  },
  {
    name: 'built history: git log fails, so "history unreadable", never "0 of 0"',
    repo: () => {
      const repo = HistoryBuilder.init();
      for (let n = 1; n <= 11; n++) repo.mergePr(n, { 'src/train.py': `fit(${n})\n` });
      return repo.dropObject('HEAD~3').dir;
    },
    answer: 'unanswered',
    rationale: /history is unreadable/,
    check: (answer) => expect(answer.rationale).not.toMatch(/0 of 0/),
  },
  {
    // A scan refuses a repository without files, so the rule runs alone on its facts (it reads no profile).
    name: 'built history: no commits',
    context: async () => ({ profile: fakeProfile(), facts: createFacts(await RepoIndex.open(HistoryBuilder.empty().dir)) }),
    answer: 'unanswered',
    rationale: /no commits/,
  },
]);
