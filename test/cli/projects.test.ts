import ajvModule from 'ajv';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverProjects } from '../../src/engine/projects.js';
import { fixtureCopy } from '../helpers/fixture-repo.js';
import { runCli } from './run-cli.js';

const FIXTURE = 'monorepo-two-ml-projects';
const validate = new ajvModule.default({ strict: true }).compile(JSON.parse(readFileSync(new URL('../../schema/aggregate.schema.json', import.meta.url), 'utf8')) as object);

interface Row {
  readonly name: string;
  readonly project: string | null;
  readonly answers: Record<string, string>;
}

async function projectRows(args: readonly string[]): Promise<Row[]> {
  const run = await runCli([...args, '--projects', '--format', 'json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const data: unknown = JSON.parse(run.stdout);
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  return (data as { repositories: Row[] }).repositories;
}

describe('--projects', () => {
  it('finds the two ML projects of a monorepo (not its helper library) and assesses each with the shared CI and IaC', async () => {
    const repo = fixtureCopy(FIXTURE);
    const rows = await projectRows([repo]);
    const name = path.basename(repo);
    expect(rows.map((r) => [r.name, r.project])).toEqual([
      [name, null],
      [`${name}/projects/churn`, 'projects/churn'],
      [`${name}/projects/recommender`, 'projects/recommender'],
    ]);
    const [whole, churn, recommender] = rows;
    // Shared: the root Terraform (9) and the one CI workflow running the tests (33) count for every project.
    for (const row of rows) expect([row.answers['9'], row.answers['33']]).toEqual(['yes', 'yes']);
    // Own: only the recommender serves a model (7, API documented, applies to it alone); only churn tracks metrics (43).
    expect(churn?.answers['7']).toBe('n/a');
    expect(recommender?.answers['7']).toBe('no');
    expect(churn?.answers['43']).toBe('yes');
    expect(recommender?.answers['43']).not.toBe('yes');
    expect(whole?.answers['43']).toBe('yes');
  });

  it('adds the subprojects declared in .mlops-scan.yaml, and refuses one that holds no files', async () => {
    const repo = fixtureCopy(FIXTURE, { git: false });
    writeFileSync(path.join(repo, '.mlops-scan.yaml'), 'subprojects:\n  - libs/textutils\n');
    const rows = await projectRows([repo]);
    expect(rows.map((r) => r.project)).toEqual([null, 'libs/textutils', 'projects/churn', 'projects/recommender']);

    writeFileSync(path.join(repo, '.mlops-scan.yaml'), 'subprojects:\n  - libs/missing\n');
    const run = await runCli([repo, '--projects']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('mlops-scan: subproject libs/missing (in .mlops-scan.yaml) holds no files the scan reads\n');
  });

  it('prints a Markdown table of projects, and refuses the options that judge a single report', async () => {
    const repo = fixtureCopy(FIXTURE, { git: false });
    const run = await runCli([repo, '--projects']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('# MLOps maturity across 3 projects');
    expect(run.stdout).toMatch(/\n\| [^|]*\/projects\/churn \| /);
    for (const flag of [['--fail-under', '50'], ['--quiet'], ['--format', 'sarif']]) {
      const refused = await runCli([repo, '--projects', ...flag]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/^mlops-scan: .*--projects.*\n$/);
    }
  });

  it('aggregate --projects scans each folder with its projects as rows', async () => {
    const repo = fixtureCopy(FIXTURE);
    const rows = await projectRows(['aggregate', repo]);
    expect(rows.map((r) => r.project)).toEqual([null, 'projects/churn', 'projects/recommender']);
  });
});

describe('discoverProjects', () => {
  const files = [
    'pyproject.toml',
    'train.py',
    'services/api/requirements-dev.txt',
    'services/api/app.py',
    'services/api/plugins/setup.py',
    'services/api/plugins/model.py',
    'tools/lint/pyproject.toml',
    'tools/lint/lint.py',
    'notebooks/explore.ipynb',
  ];

  it('takes the outermost folders with a manifest and ML code below them, never the root', () => {
    expect(discoverProjects(files, new Set(['train.py', 'services/api/plugins/model.py', 'notebooks/explore.ipynb']))).toEqual(['services/api']);
  });

  it('finds nothing in a repository whose ML code is outside every manifest folder', () => {
    expect(discoverProjects(files, new Set(['train.py']))).toEqual([]);
  });
});
