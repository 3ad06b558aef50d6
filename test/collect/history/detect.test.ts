import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFacts } from '../../../src/evidence/scan-facts.js';
import { RepoIndex } from '../../../src/repo/repo-index.js';
import { tempDir, writeFiles } from '../../helpers/fixture-repo.js';
import { HistoryBuilder } from '../../helpers/git-history.js';

async function historyOf(dir: string) {
  return createFacts(await RepoIndex.open(dir)).history();
}

describe('history detector', () => {
  it('counts GitHub merges, squash merges and direct pushes on the first-parent line', async () => {
    const repo = HistoryBuilder.init({ 'train.py': 'print(1)\n' });
    for (let n = 1; n <= 6; n++) repo.mergePr(n, { [`src/step${n}.py`]: `x = ${n}\n` });
    repo.squash(7, 'Tune learning rate', { 'train.py': 'print(2)\n' });
    repo.push('Fix typo directly on main', { 'README.md': '# Churn\n' });
    const history = await historyOf(repo.dir);
    expect(history.state).toBe('ok');
    const share = await history.prShare();
    // initial commit + 6 merges + 1 squash + 1 direct push; branch commits are not first-parent.
    expect(share).toMatchObject({ examined: 9, viaPr: 7 });
    expect(share.examples.filter((e) => e.viaPr).map((e) => e.subject)).toEqual([
      'Tune learning rate (#7)',
      'Merge pull request #6 from acme/feature-6',
      'Merge pull request #5 from acme/feature-5',
    ]);
    expect(share.examples.find((e) => e.subject.startsWith('Merge pull request #6'))?.file).toBe('src/step6.py');
    expect(share.examples.filter((e) => !e.viaPr).map((e) => e.file)).toEqual(['README.md', 'train.py']);
  });

  it('recognises Bitbucket subjects and GitLab "See merge request" in the body', async () => {
    const repo = HistoryBuilder.init();
    repo.mergePr(1, { 'a.py': '1\n' }, 'bitbucket').mergePr(2, { 'b.py': '2\n' }, 'gitlab');
    repo.push("Merge branch 'hotfix' into 'main'", { 'c.py': '3\n' }, 'Quick fix without a merge request');
    const share = await (await historyOf(repo.dir)).prShare();
    expect(share).toMatchObject({ examined: 4, viaPr: 2 });
  });

  it('finds no PRs in a history of direct pushes', async () => {
    const repo = HistoryBuilder.init();
    for (let n = 1; n <= 12; n++) repo.push(`Update model ${n}`, { 'model.py': `v = ${n}\n` });
    const share = await (await historyOf(repo.dir)).prShare();
    expect(share).toMatchObject({ examined: 13, viaPr: 0 });
  });

  it('counts only the commits touching given paths', async () => {
    const repo = HistoryBuilder.init({ 'infra/main.tf': 'resource "x" "y" {}\n' });
    repo.mergePr(1, { 'infra/main.tf': 'resource "x" "z" {}\n' }).mergePr(2, { 'src/app.py': 'app = 1\n' });
    repo.push('Hotfix infra', { 'infra/main.tf': 'resource "x" "w" {}\n' });
    const share = await (await historyOf(repo.dir)).prShareTouching(['infra/main.tf']);
    expect(share).toMatchObject({ examined: 3, viaPr: 1 });
    expect(share.examples.every((e) => e.file === 'infra/main.tf')).toBe(true);
  });

  it('dates the last change of a file, merged PRs by their merge commit', async () => {
    const repo = HistoryBuilder.init({ 'docs/goals.md': '# Goals\n', 'README.md': '# P\n' });
    const mergeDate = repo.nextDate;
    repo.mergePr(1, { 'docs/goals.md': '# Goals\nKPI\n' }); // branch commit, then the merge an hour later
    const pushDate = repo.nextDate;
    repo.push('Readme', { 'README.md': '# P2\n' });
    const history = await historyOf(repo.dir);
    expect(Date.parse((await history.lastChanged('docs/goals.md')) ?? '')).toBe(Date.parse(mergeDate) + 3_600_000);
    expect(Date.parse((await history.lastChangedAmong(['docs/goals.md', 'README.md'])) ?? '')).toBe(Date.parse(pushDate));
    expect(await history.lastChanged('missing.md')).toBeNull();
  });

  it('restricts history to a target folder inside the work tree', async () => {
    const repo = HistoryBuilder.init({ 'ml/train.py': '1\n', 'web/app.js': '1\n' });
    repo.mergePr(1, { 'ml/train.py': '2\n' });
    for (let n = 0; n < 3; n++) repo.push(`web ${n}`, { 'web/app.js': `${n}\n` });
    const history = await historyOf(path.join(repo.dir, 'ml'));
    const share = await history.prShare();
    expect(share).toMatchObject({ examined: 2, viaPr: 1 });
    expect(share.examples.map((e) => e.file)).toContain('train.py');
    expect(await history.lastChanged('train.py')).not.toBeNull();
  });

  it('reports a shallow clone, a repository without commits and a plain folder', async () => {
    const repo = HistoryBuilder.init();
    for (let n = 1; n <= 3; n++) repo.mergePr(n, { [`f${n}.py`]: '1\n' });
    const shallow = await historyOf(repo.shallowClone());
    expect(shallow.state).toBe('shallow');
    expect((await shallow.prShare()).examined).toBe(1);

    expect((await historyOf(HistoryBuilder.empty().dir)).state).toBe('no-commits');

    const plain = tempDir();
    writeFiles(plain, { 'train.py': 'print(1)\n' });
    const none = await historyOf(plain);
    expect(none.state).toBe('not-git');
    expect(await none.prShare()).toMatchObject({ examined: 0, viaPr: 0 });
  });

  describe('a checkout with objects missing', () => {
    /** A rename (which default rename detection would read blobs for), then further commits on main. */
    function renamedHistory(): HistoryBuilder {
      const model = Array.from({ length: 20 }, (_, i) => `layer_${i} = Dense(${i})\n`).join('');
      const repo = HistoryBuilder.init({ 'README.md': '# Churn\n', 'src/model.py': model, 'src/train.py': 'fit()\n' });
      repo.mergePr(1, { 'src/model.py': null, 'src/net.py': `${model}extra = 1\n` });
      repo.push('Tune', { 'src/train.py': 'fit(epochs=3)\n' });
      repo.mergePr(2, { 'src/train.py': 'fit(epochs=5)\n' });
      return repo;
    }

    it('lists files without reading blobs, so a missing blob changes nothing', async () => {
      const repo = renamedHistory().dropObject('HEAD~3:src/model.py');
      const history = await historyOf(repo.dir);
      const share = await history.prShare();
      expect(share).toMatchObject({ examined: 4, viaPr: 2, read: 'with-files' });
      expect(share.examples.find((e) => e.subject.startsWith('Merge pull request #1'))?.file).toBe('src/net.py');
      expect(await history.lastChanged('src/net.py')).not.toBeNull();
    });

    it('counts PRs from subjects when a missing tree stops git listing files', async () => {
      const repo = renamedHistory().dropObject('HEAD~1:src');
      const history = await historyOf(repo.dir);
      expect(history.state).toBe('ok');
      const share = await history.prShare();
      expect(share).toMatchObject({ examined: 4, viaPr: 2, read: 'subjects-only' });
      // Without names the evidence anchors on the README, never on a file the commit may not have touched.
      expect(new Set(share.examples.map((e) => e.file))).toEqual(new Set(['README.md']));
      // Path-limited history needs the trees too: it says so instead of counting nothing.
      expect((await history.prShareTouching(['src/train.py'])).read).toBe('unreadable');
    });

    it('reports history unreadable when a commit is missing', async () => {
      const repo = renamedHistory().dropObject('HEAD~2');
      const history = await historyOf(repo.dir);
      expect(history.state).toBe('unreadable');
      expect(await history.prShare()).toMatchObject({ examined: 0, read: 'unreadable' });
      expect(await history.lastChanged('README.md')).toBeNull();
    });
  });

  it('dates thousands of paths with one map lookup each', async () => {
    const files = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`pkg${i % 30}/mod${i}.py`, `x = ${i}\n`]));
    const repo = HistoryBuilder.init(files);
    const lastDate = repo.nextDate;
    repo.push('Touch one module', { 'pkg7/mod7.py': 'x = -1\n' });
    const history = await historyOf(repo.dir);
    expect(Date.parse((await history.lastChangedAmong(Object.keys(files))) ?? '')).toBe(Date.parse(lastDate));
    expect(Date.parse((await history.lastChanged('pkg7/')) ?? '')).toBe(Date.parse(lastDate));
    expect(Date.parse((await history.lastChanged('pkg8')) ?? '')).toBeLessThan(Date.parse(lastDate));
    // 6000 paths no commit touched, against a commit of 3000 files: a files × paths scan takes over half
    // a second, a lookup per path a few milliseconds; the bound leaves room for a busy machine.
    const untouched = ['gone', 'moved'].flatMap((folder) => Object.keys(files).map((f) => `${folder}/${f}`));
    const started = performance.now();
    expect(await history.lastChangedAmong(untouched)).toBeNull();
    expect(performance.now() - started).toBeLessThan(250);
  });
});
