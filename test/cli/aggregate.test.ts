import ajvModule from 'ajv';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/report.js';
import { fixtureCopy, tempDir } from '../helpers/fixture-repo.js';
import { autoAnswer, sampleReport } from '../report/sample-report.js';
import { runCli } from './run-cli.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const BUILT = existsSync(path.join(ROOT, 'dist/src/cli/main.js'));
const SCHEMA = JSON.parse(readFileSync(new URL('../../schema/aggregate.schema.json', import.meta.url), 'utf8')) as object;
const validate = new ajvModule.default({ allErrors: true, strict: true }).compile(SCHEMA);

interface AggregateJson {
  readonly repositories: readonly { name: string; project: string | null; tool: { version: string }; percent: number | null; answers: Record<string, string>; source: string }[];
  readonly criteria: readonly { id: number; yes: number; no: number; percent: number | null }[];
  readonly toolVersions: readonly string[];
}

function report(repository: string, answers: Readonly<Record<number, 'yes' | 'no' | 'n/a'>>, version = '0.0.0-test'): Report {
  const overrides = Object.fromEntries(Object.entries(answers).map(([id, answer]) => [Number(id), autoAnswer(Number(id), answer)]));
  const base = sampleReport(overrides);
  return { ...base, tool: { name: 'mlops-scan', version }, target: { path: `/ci/work/${repository}`, commit: null } };
}

/** Three repositories: criterion 9 is yes in none, 1 in all, 33 in two; 60 applies to none. */
function writeThreeReports(dir: string): string[] {
  const reports = [
    report('alpha', { 1: 'yes', 33: 'yes', 9: 'no', 60: 'n/a' }),
    report('beta', { 1: 'yes', 33: 'yes', 9: 'no', 60: 'n/a' }),
    report('gamma', { 1: 'yes', 33: 'no', 9: 'no', 60: 'n/a' }, '0.2.0'),
  ];
  return reports.map((r, i) => {
    const file = path.join(dir, `report-${i}.json`);
    writeFileSync(file, JSON.stringify(r));
    return file;
  });
}

function parsed(stdout: string): AggregateJson {
  const data: unknown = JSON.parse(stdout);
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  return data as AggregateJson;
}

describe('mlops-scan aggregate', () => {
  it('merges three reports into one table, weakest criteria first, valid against its schema', async () => {
    const files = writeThreeReports(tempDir('aggregate-'));
    const json = await runCli(['aggregate', ...files, '--format', 'json']);
    expect(json.code).toBe(0);
    const aggregate = parsed(json.stdout);
    expect(aggregate.repositories.map((r) => r.name)).toEqual(['alpha', 'beta', 'gamma']);
    expect(aggregate.repositories.map((r) => r.tool.version)).toEqual(['0.0.0-test', '0.0.0-test', '0.2.0']);
    expect(aggregate.toolVersions).toEqual(['0.0.0-test', '0.2.0']);
    const order = aggregate.criteria.map((c) => c.id);
    // 9 is no everywhere (0% with three no) before the unanswered-only criteria (0%, no no), 33 at 67%, 1 at 100%, 60 n/a last.
    expect(order[0]).toBe(9);
    expect(order.indexOf(33)).toBeGreaterThan(order.indexOf(2));
    expect(order.indexOf(1)).toBe(58);
    expect(order[59]).toBe(60);
    expect(aggregate.criteria.find((c) => c.id === 33)).toMatchObject({ yes: 2, no: 1, percent: 67 });
    expect(aggregate.criteria.find((c) => c.id === 60)?.percent).toBeNull();

    const markdown = await runCli(['aggregate', ...files]);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain('# MLOps maturity across 3 repositories');
    expect(markdown.stdout).toMatch(/\*\*Note:\*\* The rows come from 2 versions of mlops-scan \(0\.0\.0-test, 0\.2\.0\)/);
    const weakest = markdown.stdout.split('## Weakest criteria')[1] ?? '';
    expect(weakest.split('\n').find((line) => /^\| \d+ \|/.test(line))).toMatch(/^\| 9 \| Infrastructure/);
  });

  it('CSV has a row per repository with its versions, section scores and the 60 answers; formula-like names are defused', async () => {
    const dir = tempDir('aggregate-csv-');
    const files = writeThreeReports(dir);
    const hostile = path.join(dir, 'hostile.json');
    writeFileSync(hostile, JSON.stringify(report('=HYPERLINK("x"),1', { 1: 'yes' })));
    const csv = await runCli(['aggregate', ...files, hostile, '--format', 'csv']);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trimEnd().split('\r\n');
    expect(lines).toHaveLength(5);
    const header = (lines[0] ?? '').split(',');
    expect(header.slice(0, 8)).toEqual(['repository', 'project', 'source', 'tool_version', 'schema_version', 'commit', 'score', 'mature']);
    expect(header).toHaveLength(8 + 7 + 60);
    expect(lines[3]?.startsWith('gamma,,')).toBe(true);
    expect(lines[3]).toContain(',0.2.0,1,');
    expect(lines[4]?.startsWith(`"'=HYPERLINK(""x""),1",`)).toBe(true);
  });

  it('reads a folder of CI artefacts (--reports) and an aggregate of aggregates', async () => {
    const artefacts = tempDir('aggregate-artefacts-');
    const files = writeThreeReports(tempDir('aggregate-src-'));
    files.forEach((file, i) => {
      mkdirSync(path.join(artefacts, `mlops-scan-${i}`));
      writeFileSync(path.join(artefacts, `mlops-scan-${i}`, 'report.json'), readFileSync(file));
    });
    const first = await runCli(['aggregate', '--reports', artefacts, '--format', 'json']);
    expect(first.code).toBe(0);
    expect(parsed(first.stdout).repositories.map((r) => r.name)).toEqual(['alpha', 'beta', 'gamma']);
    const merged = path.join(tempDir('aggregate-merged-'), 'org.json');
    writeFileSync(merged, first.stdout);
    const again = await runCli(['aggregate', merged, files[0] ?? '', '--format', 'json']);
    expect(again.code).toBe(0);
    const rows = parsed(again.stdout).repositories;
    // alpha is both in the earlier aggregate and given again: each keeps its source in its name.
    expect(rows.map((r) => r.name)).toEqual([`alpha (${path.join(artefacts, 'mlops-scan-0/report.json')})`, 'beta', 'gamma', `alpha (${files[0]})`]);
    expect(rows[0]?.answers).toEqual(rows[3]?.answers);
  });

  it('refuses a report of an unknown schema, or not a report, with one line and exit 2', async () => {
    const dir = tempDir('aggregate-bad-');
    const [good] = writeThreeReports(dir);
    const future = path.join(dir, 'future.json');
    writeFileSync(future, JSON.stringify({ ...report('delta', {}), schemaVersion: 2, tool: { name: 'mlops-scan', version: '9.0.0' } }));
    const other = path.join(dir, 'other.json');
    writeFileSync(other, '{"runs": []}');
    for (const [file, message] of [
      [future, `${future}: report of unknown schema version 2 (made by mlops-scan 9.0.0); this mlops-scan reads schema 1 only`],
      [other, `${other}: not made by mlops-scan (no tool.name "mlops-scan" with a version)`],
    ] as const) {
      const run = await runCli(['aggregate', good ?? '', file]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`mlops-scan: ${message}\n`);
    }
    const none = await runCli(['aggregate']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^mlops-scan: nothing to aggregate/);
  });

  it('scans folders given as paths in child processes, one row each, the same answers as a scan', async () => {
    const one = fixtureCopy('ci-gha-pytest-on-pr');
    const two = fixtureCopy('iac-terraform-single-env');
    const run = await runCli(['aggregate', one, two, '--jobs', '2', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const rows = parsed(run.stdout).repositories;
    expect(rows.map((r) => r.source)).toEqual([one, two]);
    expect(rows.map((r) => r.name)).toEqual([path.basename(one), path.basename(two)]);
    const single = JSON.parse((await runCli([two, '--format', 'json'])).stdout) as Report;
    expect(rows[1]?.answers).toEqual(Object.fromEntries(single.answers.map((a) => [String(a.id), a.answer])));
    const missing = await runCli(['aggregate', one, path.join(one, 'no-such-folder')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`mlops-scan: no such file or folder: ${path.join(one, 'no-such-folder')}\n`);
  });

  it.skipIf(!BUILT)('the installed CLI (bin/, running dist/) finds itself to scan folders in child processes', () => {
    const repo = fixtureCopy('ci-gha-pytest-on-pr');
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin/mlops-scan.js'), 'aggregate', repo, '--format', 'json'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(parsed(run.stdout).repositories.map((r) => r.source)).toEqual([repo]);
  });
});
