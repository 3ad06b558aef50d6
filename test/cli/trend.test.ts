import ajvModule from 'ajv';
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Trend } from '../../src/report/trend.js';
import { HAS_CHROMIUM, launchChromium, openReport } from '../helpers/browser.js';
import { FIXTURES, git, tempDir } from '../helpers/fixture-repo.js';
import { runCli } from './run-cli.js';

const validate = new ajvModule.default({ strict: true }).compile(JSON.parse(readFileSync(new URL('../../schema/trend.schema.json', import.meta.url), 'utf8')) as object);

/**
 * A history with three tags, built at test time (a fixture cannot hold a nested .git):
 *   v1  a bare Python project, with an answers file saying criterion 1 is yes;
 *   ci  the pytest-on-pull-request workflow (criterion 33 turns yes here), then an empty commit, then
 *   v2  (annotated);
 *   v3  Terraform (criterion 9 turns yes) and the answers file deleted (criterion 1 falls back to the scanner).
 */
function taggedHistory(): { dir: string; ciCommit: string } {
  const dir = tempDir('mlops-scan-trend-');
  git(dir, ['init', '-q']);
  let clock = Date.parse('2025-01-01T00:00:00Z');
  const commit = (message: string): string => {
    clock += 86_400_000;
    const date = new Date(clock).toISOString();
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '--allow-empty', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
    return git(dir, ['rev-parse', 'HEAD']).trim();
  };
  cpSync(path.join(FIXTURES, 'minimal-python'), dir, { recursive: true });
  writeFileSync(path.join(dir, 'mlops-assessment.yaml'), 'answers:\n  1: {answer: "yes", comment: "KPIs in the team wiki"}\n');
  commit('A Python project');
  git(dir, ['tag', 'v1']);
  cpSync(path.join(FIXTURES, 'ci-gha-pytest-on-pr'), dir, { recursive: true });
  const ciCommit = commit('Tests on every pull request');
  commit('Nothing yet');
  git(dir, ['tag', '-a', 'v2', '-m', 'Release 2']);
  cpSync(path.join(FIXTURES, 'iac-terraform-single-env'), dir, { recursive: true });
  rmSync(path.join(dir, 'mlops-assessment.yaml'));
  commit('Infrastructure as code');
  git(dir, ['tag', 'v3']);
  return { dir, ciCommit };
}

/** Every file under `dir` (the .git folder too) → its content hash, mode and size. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const stat = statSync(full);
        files.set(path.relative(dir, full), `${createHash('sha256').update(readFileSync(full)).digest('hex')} ${stat.mode} ${stat.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return files;
}

async function trendJson(args: readonly string[]): Promise<Trend> {
  const run = await runCli(['trend', ...args, '--format', 'json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const data: unknown = JSON.parse(run.stdout);
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  return data as Trend;
}

describe('mlops-scan trend', () => {
  it('scores each tagged commit, with the answers file of its time, and attributes each change to its range', async () => {
    const { dir } = taggedHistory();
    const trend = await trendJson([dir]);
    expect(trend.points.map((p) => p.label)).toEqual(['v1', 'v2', 'v3']);
    const [v1, v2, v3] = trend.points;
    expect([v1?.answers['33'], v2?.answers['33'], v3?.answers['33']]).toEqual(['no', 'yes', 'yes']);
    expect([v1?.answers['9'], v2?.answers['9'], v3?.answers['9']]).toEqual(['no', 'no', 'yes']);
    // The person's answer counts while the file exists, and not after it was deleted.
    expect([v1?.answers['1'], v2?.answers['1'], v3?.answers['1']]).toEqual(['yes', 'yes', 'no']);
    const flip = (id: number) => trend.flips.find((f) => f.id === id);
    expect(flip(33)).toMatchObject({ from: 'no', to: 'yes', range: { from: v1?.commit, to: v2?.commit }, commit: null });
    expect(flip(9)).toMatchObject({ from: 'no', to: 'yes', range: { from: v2?.commit, to: v3?.commit } });
    expect(flip(1)).toMatchObject({ from: 'yes', to: 'no', range: { from: v2?.commit, to: v3?.commit } });
    expect((v2?.sections.find((s) => s.section === 3)?.percent ?? 0) > (v1?.sections.find((s) => s.section === 3)?.percent ?? 0)).toBe(true);
  });

  it('--format csv: a row per point with its scores and every answer, the same as the JSON', async () => {
    const { dir } = taggedHistory();
    const trend = await trendJson([dir]);
    const run = await runCli(['trend', dir, '--format', 'csv']);
    expect(run.code).toBe(0);
    const [header = '', ...rows] = run.stdout.trimEnd().split('\r\n').map((line) => line.split(','));
    expect(header.slice(0, 7)).toEqual(['point', 'date', 'commit', 'tool_version', 'schema_version', 'score', 'section_1']);
    expect(header).toHaveLength(6 + 7 + 60);
    expect(rows.map((row) => [row[0], row[2]])).toEqual(trend.points.map((p) => [p.label, p.commit]));
    const c33 = header.indexOf('c33');
    expect(rows.map((row) => row[c33])).toEqual(['no', 'yes', 'yes']);
  });

  it('--pinpoint bisects a change to the commit that made it, not the tag after it', async () => {
    const { dir, ciCommit } = taggedHistory();
    const trend = await trendJson([dir, '--pinpoint']);
    expect(trend.flips.find((f) => f.id === 33)?.commit).toBe(ciCommit);
    expect(trend.flips.find((f) => f.id === 9)?.commit).toBe(trend.points[2]?.commit);
  });

  it("never touches the work tree, index or refs, and scans the commits, not the user's uncommitted changes", async () => {
    const { dir } = taggedHistory();
    writeFileSync(path.join(dir, 'README.md'), 'edited, not committed\n');
    writeFileSync(path.join(dir, 'untracked.py'), 'import mlflow\n');
    git(dir, ['add', 'README.md']);
    writeFileSync(path.join(dir, 'main.tf'), 'changed after staging\n');
    const before = snapshot(dir);
    const trend = await trendJson([dir, '--every', '1', '--pinpoint']);
    expect(snapshot(dir)).toEqual(before);
    expect(trend.points).toHaveLength(4);
    expect(trend.points.at(-1)?.commit).toBe(git(dir, ['rev-parse', 'HEAD']).trim());
  });

  it('--every N takes every Nth commit back from HEAD; a folder without history is refused', async () => {
    const { dir, ciCommit } = taggedHistory();
    const trend = await trendJson([dir, '--every', '2']);
    expect(trend.points.map((p) => p.commit)).toEqual([ciCommit, git(dir, ['rev-parse', 'HEAD']).trim()]);
    git(dir, ['tag', '-d', 'v1', 'v2', 'v3']);
    const untagged = await runCli(['trend', dir]);
    expect(untagged.code).toBe(0);
    expect(untagged.stderr).toBe("mlops-scan: no tag on HEAD's first-parent line, so the trend is HEAD alone; try --every month or --every N\n");
    const plain = tempDir('mlops-scan-trend-plain-');
    writeFileSync(path.join(plain, 'train.py'), 'print(1)\n');
    const run = await runCli(['trend', plain]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`mlops-scan: trend needs git history: ${plain} is not in a git repository whose history can be read\n`);
  });

  it.skipIf(!HAS_CHROMIUM)('HTML: a line chart per section with the changes marked, offline, no console error', async () => {
    const { dir } = taggedHistory();
    const file = path.join(tempDir('trend-html-'), 'trend.html');
    const run = await runCli(['trend', dir, '--pinpoint', '--format', 'html', '-o', file]);
    expect(run.code).toBe(0);
    const browser = await launchChromium();
    try {
      const { problems, requests, url, page } = await openReport(browser, file);
      expect(problems).toEqual([]);
      expect(requests).toEqual([url]);
      await expect(page.locator('section.chart svg polyline').count()).resolves.toBe(7);
      await expect(page.locator('section.chart[data-section="3"] circle.point').count()).resolves.toBe(3);
      await expect(page.locator('section.chart[data-section="3"] .flip.up text').textContent()).resolves.toContain('33');
      await expect(page.locator('#flips tr.flip-row').count()).resolves.toBeGreaterThan(2);
    } finally {
      await browser.close();
    }
  });
});
