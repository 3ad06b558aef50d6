import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixtureCopy, tempDir } from '../helpers/fixture-repo.js';
import { makeFifo } from '../helpers/hostile-repo.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUILT = existsSync(path.join(ROOT, 'dist/src/cli/main.js'));
const FIXTURE = 'answers-training-only';

/** This process's environment without GITHUB_ACTIONS: the suite may run on GitHub, and only one test plays the runner. */
const HOST_ENV: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'GITHUB_ACTIONS'));

interface ActionStep {
  uses?: string;
  with?: Record<string, unknown>;
  run?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}
interface Action {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: ActionStep[] };
}

const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;
const scanStep = action.runs.steps.find((s) => s.run?.includes('ci-scan.mjs'))!;

/** The scan step's environment as GitHub Actions builds it: each `${{ inputs.x }}` replaced by the input's value. */
function stepEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(scanStep.env ?? {}).map(([name, value]) => [
      name,
      value.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, input: string) => inputs[input] ?? action.inputs[input]?.default ?? ''),
    ]),
  );
}

describe('the GitHub Action (action.yml)', () => {
  it('is a composite action: Node 20, npm ci in its own folder, then the scan script with every input passed on', () => {
    expect(action.runs.using).toBe('composite');
    const [setup, install] = action.runs.steps;
    expect(setup).toMatchObject({ uses: expect.stringMatching(/^actions\/setup-node@v\d+$/), with: { 'node-version': 20 } });
    expect(install).toMatchObject({ 'working-directory': '${{ github.action_path }}', run: expect.stringMatching(/^npm ci\b/) });
    expect(Object.keys(action.inputs).sort()).toEqual(['answers', 'baseline', 'fail-under', 'format', 'json', 'path', 'sarif']);
    expect(Object.keys(stepEnv({})).sort()).toEqual(['MLOPS_ANSWERS', 'MLOPS_BASELINE', 'MLOPS_FAIL_UNDER', 'MLOPS_FORMAT', 'MLOPS_JSON', 'MLOPS_PATH', 'MLOPS_SARIF']);
    expect(scanStep.run).toBe('node "$GITHUB_ACTION_PATH/scripts/ci-scan.mjs"');
  });

  it.skipIf(!BUILT)('appends the Markdown report to the step summary, writes SARIF and JSON, logs the report and fails below the threshold', () => {
    const workspace = fixtureCopy(FIXTURE);
    const out = tempDir('action-');
    const summaryFile = path.join(out, 'summary.md');
    writeFileSync(summaryFile, 'An earlier step wrote this.\n');
    const env = { ...HOST_ENV, ...stepEnv({ 'fail-under': '100', sarif: path.join(out, 'mlops.sarif'), json: path.join(out, 'mlops.json') }), GITHUB_STEP_SUMMARY: summaryFile, GITHUB_ACTION_PATH: ROOT };
    const run = spawnSync('bash', ['-c', scanStep.run!], { cwd: workspace, env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^mlops-scan \S+: \S+ @ [0-9a-f]{12}\n/);
    expect(run.stderr).toMatch(/mlops-scan: score [\d.]+% is below 100% \(--fail-under\)/);
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary).toMatch(/^An earlier step wrote this\.\n# MLOps maturity assessment\n/);
    const sarif = JSON.parse(readFileSync(path.join(out, 'mlops.sarif'), 'utf8')) as { version: string; runs: unknown[] };
    expect(sarif).toMatchObject({ version: '2.1.0', runs: [expect.anything()] });
    const json = JSON.parse(readFileSync(path.join(out, 'mlops.json'), 'utf8')) as { schemaVersion: number; answers: unknown[] };
    expect(json).toMatchObject({ schemaVersion: 1, answers: expect.any(Array) });
    expect(json.answers).toHaveLength(60);
    const passing = spawnSync('bash', ['-c', scanStep.run!], { cwd: workspace, env: { ...env, MLOPS_FAIL_UNDER: '0', MLOPS_FORMAT: 'json' }, encoding: 'utf8' });
    expect(passing.status).toBe(0);
    expect((JSON.parse(passing.stdout) as { answers: unknown[] }).answers).toHaveLength(60);
  });

  it.skipIf(!BUILT)('passes each input on as data: a path that looks like an option or holds shell syntax is the folder scanned', () => {
    const parent = tempDir('action-');
    // Read as an option, this name would make the CLI write its report to a file named by the rest of it.
    const name = `-o $(touch pwned) "q";'x'\nline`;
    renameSync(fixtureCopy(FIXTURE), path.join(parent, name));
    const env = { ...HOST_ENV, ...stepEnv({ path: name, format: 'json' }), GITHUB_STEP_SUMMARY: '', GITHUB_ACTION_PATH: ROOT };
    const run = spawnSync('bash', ['-c', scanStep.run!], { cwd: parent, env, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { target: { path: string } }).target.path).toBe(path.join(parent, name));
    expect(readdirSync(parent)).toEqual([name]);
  });

  it.skipIf(!BUILT)('on GitHub, no line of the report that quotes the repository can be read as a workflow command', () => {
    // The runner reads `::command::` (after leading spaces) and the legacy `##[command]` anywhere in a line,
    // on stdout and stderr alike: an unreadable file with such a name would be an annotation or a mask.
    const workspace = fixtureCopy(FIXTURE, { git: false });
    makeFifo(path.join(workspace, '::error title=Leaked::pwned.py'));
    symlinkSync('/etc/passwd', path.join(workspace, '##[add-mask]x.py'));
    const env = { ...HOST_ENV, ...stepEnv({}), GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: '', GITHUB_ACTION_PATH: ROOT };
    const run = spawnSync('bash', ['-c', `${scanStep.run!} 2>&1`], { cwd: workspace, env, encoding: 'utf8' });
    expect(run.stdout).toContain('::error title=Leaked::pwned.py');
    expect(run.stdout).toContain('##[add-mask]x.py');
    let resumeToken: string | null = null;
    const commands: string[] = [];
    for (const line of run.stdout.split('\n')) {
      if (resumeToken !== null) {
        if (line.trimStart() === `::${resumeToken}::`) resumeToken = null;
        continue;
      }
      const stop = /^\s*::stop-commands::(\S+)$/.exec(line);
      if (stop) resumeToken = stop[1]!;
      else if (/^\s*::|##\[/.test(line)) commands.push(line);
    }
    expect(commands).toEqual([]);
    expect(resumeToken).toBeNull();
  });

  it.skipIf(!BUILT)('stops with the CLI error line on a usage error', () => {
    const workspace = fixtureCopy(FIXTURE);
    const env = { ...HOST_ENV, ...stepEnv({ baseline: 'missing.json' }), GITHUB_STEP_SUMMARY: path.join(tempDir('action-'), 's.md'), GITHUB_ACTION_PATH: ROOT };
    const run = spawnSync('bash', ['-c', scanStep.run!], { cwd: workspace, env, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^mlops-scan: cannot read the baseline report missing\.json/);
  });
});

describe('the GitLab CI template (ci/gitlab/mlops-scan.yml)', () => {
  const template = parse(readFileSync(path.join(ROOT, 'ci/gitlab/mlops-scan.yml'), 'utf8')) as Record<string, { variables: Record<string, string>; script: string[]; artifacts: { paths: string[] } }>;
  const job = template['.mlops-scan']!;

  it('fetches the full history and keeps the Markdown report', () => {
    expect(job.variables['GIT_DEPTH']).toBe('0');
    expect(job.artifacts.paths).toEqual([job.variables['MLOPS_SUMMARY']]);
  });

  it.skipIf(!BUILT)("runs the template's script against a checkout, the tool installed in MLOPS_SCAN_DIR", () => {
    const checkout = fixtureCopy(FIXTURE);
    const env = { ...HOST_ENV, ...job.variables, MLOPS_SCAN_DIR: ROOT, MLOPS_FAIL_UNDER: '0' };
    for (const line of job.script) {
      const run = spawnSync('bash', ['-c', line], { cwd: checkout, env, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
    }
    expect(readFileSync(path.join(checkout, 'mlops-scan.md'), 'utf8')).toMatch(/^# MLOps maturity assessment/);
  });
});

describe("the README's CI section, as a user copies it", () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## In CI'), readme.indexOf('\n## ', readme.indexOf('## In CI') + 1));
  const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1] ?? '') as Record<string, unknown>);
  const workflow = blocks.find((b) => 'jobs' in b) as { jobs: Record<string, { steps: ActionStep[] }> } | undefined;
  const gitlab = blocks.find((b) => 'include' in b) as Record<string, { extends?: string; variables?: Record<string, string> }> | undefined;

  it('has a GitHub workflow and a GitLab job', () => {
    expect(workflow).toBeDefined();
    expect(gitlab).toBeDefined();
  });

  it.skipIf(!BUILT)("runs the workflow's mlops-scan step with the inputs it gives, checked out with the full history", () => {
    const steps = Object.values(workflow!.jobs)[0]!.steps;
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with).toMatchObject({ 'fetch-depth': 0 });
    const ours = steps.find((s) => s.uses?.includes('/mlops-scan@'))!;
    const inputs = Object.fromEntries(Object.entries(ours.with ?? {}).map(([k, v]) => [k, String(v)]));
    for (const name of Object.keys(inputs)) expect(Object.keys(action.inputs)).toContain(name);
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.with?.['sarif_file']).toBe(inputs['sarif']);

    const workspace = fixtureCopy(FIXTURE);
    const summaryFile = path.join(tempDir('action-'), 'summary.md');
    const env = { ...HOST_ENV, ...stepEnv(inputs), GITHUB_STEP_SUMMARY: summaryFile, GITHUB_ACTION_PATH: ROOT };
    const run = spawnSync('bash', ['-c', scanStep.run!], { cwd: workspace, env, encoding: 'utf8' });
    // The fixture scores under the README's bar of 40: the step fails and says why.
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/score [\d.]+% is below 40% \(--fail-under\)/);
    expect(readFileSync(summaryFile, 'utf8')).toMatch(/^# MLOps maturity assessment/);
    expect(JSON.parse(readFileSync(path.join(workspace, inputs['sarif']!), 'utf8'))).toMatchObject({ version: '2.1.0' });
  });

  it.skipIf(!BUILT)("runs the GitLab job: the README's variables over the template's, its script in the checkout", () => {
    const template = parse(readFileSync(path.join(ROOT, 'ci/gitlab/mlops-scan.yml'), 'utf8')) as Record<string, { variables: Record<string, string>; script: string[] }>;
    const job = Object.values(gitlab!).find((j) => typeof j === 'object' && j !== null && 'extends' in j)!;
    const base = template[job.extends!]!;
    expect(base).toBeDefined();
    const checkout = fixtureCopy(FIXTURE);
    const env = { ...HOST_ENV, ...base.variables, ...job.variables, MLOPS_SCAN_DIR: ROOT };
    const statuses = base.script.map((line) => spawnSync('bash', ['-c', line], { cwd: checkout, env, encoding: 'utf8' }));
    expect(statuses.map((s) => s.status)).toEqual([1]);
    expect(statuses[0]?.stderr).toMatch(/score [\d.]+% is below 40% \(--fail-under\)/);
    expect(readFileSync(path.join(checkout, base.variables['MLOPS_SUMMARY']!), 'utf8')).toMatch(/^# MLOps maturity assessment/);
  });
});
