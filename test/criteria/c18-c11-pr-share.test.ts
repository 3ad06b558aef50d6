import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rule as rule11 } from '../../src/criteria/c11-pr-process-used-iac.js';
import { rule as rule18 } from '../../src/criteria/c18-prs-used-ml-code.js';
import type { Facts } from '../../src/evidence/facts.js';
import { createFacts } from '../../src/evidence/scan-facts.js';
import type { IacFacts } from '../../src/collect/iac/model.js';
import type { Answer } from '../../src/model/answer.js';
import { trait, type Profile } from '../../src/profile/profile.js';
import { RepoIndex } from '../../src/repo/repo-index.js';
import { HistoryBuilder } from '../helpers/git-history.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(18, [{ fixture: 'hist-fresh-repo', answer: 'unanswered', rationale: /Only 1 recent first-parent commits/ }]);
ruleTester(11, [
  { fixture: 'hist-fresh-repo', answer: 'n/a' },
  { fixture: 'hist-terraform-fresh', answer: 'unanswered', rationale: /Only 1 first-parent commits touching IaC files/ },
]);

// Rules 18 and 11 read only facts; the profile (which parses code) is irrelevant to them.
const absent = trait([], 'not computed in this test');
const PROFILE: Profile = { languages: [], realtime: absent, batch: absent, iac: absent, featureStore: absent, abTesting: absent };

/** Rule 18 over real history (the whole pipeline is exercised by the ruleTester case above). */
async function answer18(dir: string): Promise<Answer> {
  const facts = createFacts(await RepoIndex.open(dir));
  const answer = await rule18.answer({ profile: PROFILE, facts });
  for (const item of answer.evidence) expect(existsSync(path.join(dir, item.file)), item.file).toBe(true);
  return answer;
}

/** Rule 11 over real history, with the IaC facts given in memory (the IaC detector is tested on its own). */
async function answer11(dir: string, iacFiles: readonly string[]): Promise<Answer> {
  const real = createFacts(await RepoIndex.open(dir));
  const iac: IacFacts = {
    files: iacFiles.map((file) => ({ file, tool: 'terraform', line: 1, note: 'resource block' })),
    tools: ['terraform'],
    environments: [],
    platformConfigs: [],
    lookedAt: ['**/*.tf'],
  };
  const facts: Facts = { ...real, iac: async () => iac };
  return rule11.answer({ profile: PROFILE, facts });
}

describe('criterion 18 on built histories', () => {
  it('yes when PR merges, squash merges and GitLab merge requests dominate', async () => {
    const repo = HistoryBuilder.init({ 'train.py': 'fit()\n' });
    for (let n = 1; n <= 5; n++) repo.mergePr(n, { [`src/step${n}.py`]: `${n}\n` });
    for (let n = 6; n <= 8; n++) repo.squash(n, `Improve features ${n}`, { 'features.py': `${n}\n` });
    for (let n = 9; n <= 11; n++) repo.mergePr(n, { [`gl${n}.py`]: `${n}\n` }, 'gitlab');
    const answer = await answer18(repo.dir);
    // 11 of 12 first-parent commits (the initial commit was pushed directly).
    expect(answer).toMatchObject({ answer: 'yes', confidence: 'high' });
    expect(answer.rationale).toContain('11 of 12');
    expect(answer.evidence.map((e) => e.file)).toContain('gl11.py');
  });

  it('no when almost everything is pushed directly', async () => {
    const repo = HistoryBuilder.init();
    for (let n = 1; n <= 11; n++) repo.push(`Retrain ${n}`, { 'model.py': `${n}\n` });
    repo.mergePr(1, { 'api.py': '1\n' });
    const answer = await answer18(repo.dir);
    expect(answer.answer).toBe('no');
    expect(answer.rationale).toContain('1 of 13');
  });

  it('unanswered in between, with the measured share', async () => {
    const repo = HistoryBuilder.init();
    for (let n = 1; n <= 6; n++) repo.mergePr(n, { [`m${n}.py`]: '1\n' }).push(`Direct ${n}`, { 'x.py': `${n}\n` });
    const answer = await answer18(repo.dir);
    expect(answer.answer).toBe('unanswered');
    expect(answer.rationale).toContain('6 of 13 recent first-parent commits (46%)');
  });

  it('unanswered on a shallow clone, naming the clone', async () => {
    const repo = HistoryBuilder.init();
    for (let n = 1; n <= 12; n++) repo.mergePr(n, { [`m${n}.py`]: '1\n' });
    const answer = await answer18(repo.shallowClone());
    expect(answer.answer).toBe('unanswered');
    expect(answer.hints.join(' ')).toMatch(/shallow/);
  });

  it('counts from subjects when git cannot list files, and says where the evidence points', async () => {
    const repo = HistoryBuilder.init({ 'README.md': '# Churn\n', 'src/train.py': 'fit()\n' });
    for (let n = 1; n <= 11; n++) repo.mergePr(n, { 'src/train.py': `fit(${n})\n` });
    repo.dropObject('HEAD~4:src');
    const answer = await answer18(repo.dir);
    expect(answer).toMatchObject({ answer: 'yes', confidence: 'high' });
    expect(answer.rationale).toContain('11 of 12 recent first-parent commits (92%)');
    expect(answer.rationale).toContain('could not list the files these commits changed in this checkout, so the evidence points at README.md');
    expect(new Set(answer.evidence.map((e) => e.file))).toEqual(new Set(['README.md']));
  });

  it('unanswered "history unreadable" when git log fails, never "0 of 0"', async () => {
    const repo = HistoryBuilder.init();
    for (let n = 1; n <= 11; n++) repo.mergePr(n, { 'src/train.py': `fit(${n})\n` });
    repo.dropObject('HEAD~3');
    const answer = await answer18(repo.dir);
    expect(answer).toMatchObject({ answer: 'unanswered', rationale: expect.stringMatching(/history is unreadable/) });
    expect(answer.rationale).not.toMatch(/0 of 0/);
  });

  it('unanswered without commits', async () => {
    const answer = await answer18(HistoryBuilder.empty().dir);
    expect(answer).toMatchObject({ answer: 'unanswered', rationale: expect.stringMatching(/no commits/) });
  });
});

describe('criterion 11 on built histories', () => {
  it('yes when IaC changes came through PRs, even if other code was pushed directly', async () => {
    const repo = HistoryBuilder.init({ 'infra/main.tf': 'resource "a" "b" {}\n' });
    for (let n = 1; n <= 10; n++) repo.mergePr(n, { 'infra/main.tf': `resource "a" "b${n}" {}\n` });
    for (let n = 1; n <= 10; n++) repo.push(`Notebook ${n}`, { 'eda.py': `${n}\n` });
    const answer = await answer11(repo.dir, ['infra/main.tf']);
    expect(answer).toMatchObject({ answer: 'yes' });
    expect(answer.rationale).toContain('10 of 11 first-parent commits touching IaC files');
    expect(answer.evidence.every((e) => e.file === 'infra/main.tf')).toBe(true);
  });

  it('no when IaC is pushed directly', async () => {
    const repo = HistoryBuilder.init({ 'infra/main.tf': 'resource "a" "b" {}\n' });
    for (let n = 1; n <= 10; n++) repo.push(`Apply infra ${n}`, { 'infra/main.tf': `resource "a" "b${n}" {}\n` });
    for (let n = 1; n <= 10; n++) repo.mergePr(n, { [`m${n}.py`]: '1\n' });
    expect((await answer11(repo.dir, ['infra/main.tf'])).answer).toBe('no');
  });

  it('unanswered "history unreadable" when the IaC commits cannot be listed', async () => {
    const repo = HistoryBuilder.init({ 'infra/main.tf': 'resource "a" "b" {}\n' });
    for (let n = 1; n <= 10; n++) repo.mergePr(n, { 'infra/main.tf': `resource "a" "b${n}" {}\n` });
    repo.dropObject('HEAD~2:infra');
    const answer = await answer11(repo.dir, ['infra/main.tf']);
    expect(answer).toMatchObject({ answer: 'unanswered', rationale: expect.stringMatching(/history is unreadable.*first-parent commits touching IaC files/) });
  });

  it('unanswered with fewer than 10 IaC commits', async () => {
    const repo = HistoryBuilder.init({ 'infra/main.tf': 'resource "a" "b" {}\n' });
    repo.mergePr(1, { 'infra/main.tf': 'resource "a" "c" {}\n' });
    const answer = await answer11(repo.dir, ['infra/main.tf']);
    expect(answer.answer).toBe('unanswered');
    expect(answer.rationale).toContain('Only 2 first-parent commits touching IaC files');
  });
});
