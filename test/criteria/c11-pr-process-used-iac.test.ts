import { expect } from 'vitest';
import type { IacFacts } from '../../src/collect/iac/model.js';
import type { RuleContext } from '../../src/criteria/rule.js';
import type { Facts } from '../../src/evidence/facts.js';
import { createFacts } from '../../src/evidence/scan-facts.js';
import { RepoIndex } from '../../src/repo/repo-index.js';
import { HistoryBuilder } from '../helpers/git-history.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { fakeProfile } from '../helpers/fake-facts.js';

const IAC_FILE = 'infra/main.tf';

/** Rule 11 over real history, with the IaC facts given in memory (the IaC detector is tested on its own). */
function withIac(build: () => HistoryBuilder): () => Promise<RuleContext> {
  return async () => {
    const iac: IacFacts = {
      files: [{ file: IAC_FILE, tool: 'terraform', line: 1, note: 'resource block' }],
      tools: ['terraform'],
      environments: [],
      platformConfigs: [],
      lookedAt: ['**/*.tf'],
    };
    const facts: Facts = createFacts(await RepoIndex.open(build().dir), { iac: async () => iac });
    // Rule 11 reads only facts; the profile (which parses code) is irrelevant to it.
    return { profile: fakeProfile(), facts };
  };
}

const withTerraform = (): HistoryBuilder => HistoryBuilder.init({ [IAC_FILE]: 'resource "a" "b" {}\n' });

ruleTester(11, [
  // Without IaC the engine answers n/a.
  { fixture: 'hist-fresh-repo', answer: 'n/a' },
  { fixture: 'hist-terraform-fresh', answer: 'unanswered', rationale: /Only 1 first-parent commits touching IaC files/ },
  {
    name: 'built history: IaC changes came through PRs, other code was pushed directly',
    context: withIac(() => {
      const repo = withTerraform();
      for (let n = 1; n <= 10; n++) repo.mergePr(n, { [IAC_FILE]: `resource "a" "b${n}" {}\n` });
      for (let n = 1; n <= 10; n++) repo.push(`Notebook ${n}`, { 'eda.py': `${n}\n` });
      return repo;
    }),
    answer: 'yes',
    rationale: '10 of 11 first-parent commits touching IaC files',
    check: (answer) => expect(answer.evidence.every((e) => e.file === IAC_FILE)).toBe(true),
  },
  {
    name: 'built history: IaC pushed directly',
    context: withIac(() => {
      const repo = withTerraform();
      for (let n = 1; n <= 10; n++) repo.push(`Apply infra ${n}`, { [IAC_FILE]: `resource "a" "b${n}" {}\n` });
      for (let n = 1; n <= 10; n++) repo.mergePr(n, { [`m${n}.py`]: '1\n' });
      return repo;
    }),
    answer: 'no',
  },
  {
    name: 'built history: the IaC commits cannot be listed, so "history unreadable"',
    context: withIac(() => {
      const repo = withTerraform();
      for (let n = 1; n <= 10; n++) repo.mergePr(n, { [IAC_FILE]: `resource "a" "b${n}" {}\n` });
      return repo.dropObject('HEAD~2:infra');
    }),
    answer: 'unanswered',
    rationale: /history is unreadable.*first-parent commits touching IaC files/,
  },
  {
    name: 'built history: fewer than 10 IaC commits',
    context: withIac(() => withTerraform().mergePr(1, { [IAC_FILE]: 'resource "a" "c" {}\n' })),
    answer: 'unanswered',
    rationale: 'Only 2 first-parent commits touching IaC files',
  },
]);
