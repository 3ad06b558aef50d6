import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/report.js';
import { fixtureCopy, tempDir } from '../helpers/fixture-repo.js';
import { runCli } from './run-cli.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURE = 'answers-training-only';

function oneLineError(run: { code: number; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^mlops-scan: [^\n]+\n$/);
  expect(run.stderr).toMatch(pattern);
}

describe('usage errors: exit 2 and one line on stderr', () => {
  const dir = fixtureCopy(FIXTURE, { git: false });
  const file = path.join(dir, 'README.md');
  const cases: readonly [string, string[], RegExp][] = [
    ['missing path', [path.join(dir, 'nope')], /no such directory/],
    ['not a directory', [file], /not a directory/],
    ['unknown flag', [dir, '--colour'], /unknown option '--colour'/],
    ['bad format', [dir, '--format', 'pdf'], /argument 'pdf' is invalid/],
    ['fail-under above 100', [dir, '--fail-under', '120'], /expected a percentage from 0 to 100/],
    ['fail-under not a number', [dir, '--fail-under', 'lots'], /expected a percentage from 0 to 100/],
    ['interactive without a TTY', [dir, '--interactive'], /--interactive needs a terminal/],
    ['sarif-unanswered without sarif', [dir, '--sarif-unanswered'], /--sarif-unanswered needs --format sarif/],
    ['baseline that does not exist', [dir, '--baseline', path.join(dir, 'none.json')], /cannot read the baseline report .*none\.json: unreadable: ENOENT/],
    ['baseline that is not a report', [dir, '--baseline', file], /README\.md: not a JSON report/],
    ['explicit answers file that does not exist', [dir, '--answers', path.join(dir, 'none.yaml')], /no such answers file/],
    ['explain with an unknown id', ['explain', '61'], /unknown criterion id: 61/],
    ['explain with a non-number', ['explain', 'x1'], /unknown criterion id: x1/],
  ];
  for (const [what, args, pattern] of cases) {
    it(what, async () => oneLineError(await runCli(args), pattern));
  }

  it('a malformed answers file: exit 2 naming the line, the file unchanged, nothing else written', async () => {
    const repo = fixtureCopy(FIXTURE, { git: false });
    const answers = path.join(repo, 'mlops-assessment.yaml');
    const bytes = '# ours\nanswers:\n  15: {answer: "yes"}\n  99: {answer: "no"}\n';
    writeFileSync(answers, bytes);
    for (const extra of [[], ['--interactive']]) {
      const run = await runCli([repo, ...extra], { canPrompt: true });
      oneLineError(run, /mlops-assessment\.yaml:4: unknown criterion id 99/);
      expect(readFileSync(answers, 'utf8')).toBe(bytes);
      expect(existsSync(`${answers}.bak`)).toBe(false);
    }
  });

  it('a non-TTY interactive run leaves an existing answers file byte for byte', async () => {
    const repo = fixtureCopy(FIXTURE, { git: false });
    const answers = path.join(repo, 'mlops-assessment.yaml');
    const bytes = 'answers:\n  15: {answer: "yes", comment: "prod data mirrored to staging nightly"}\n';
    writeFileSync(answers, bytes);
    oneLineError(await runCli([repo, '--interactive']), /needs a terminal/);
    expect(readFileSync(answers, 'utf8')).toBe(bytes);
  });
});

describe('commands', () => {
  it('--help lists the exit codes the README\'s table lists, in the same order', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    const helpCodes = [...help.stdout.slice(help.stdout.indexOf('Exit codes:')).matchAll(/^ {2}(\d+) /gm)].map((m) => m[1]);
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Exit codes'), readme.indexOf('\n## ', readme.indexOf('## Exit codes') + 1));
    const readmeCodes = [...table.matchAll(/^\| (\d+) \|/gm)].map((m) => m[1]);
    expect(helpCodes).toEqual(['0', '1', '2', '130']);
    expect(readmeCodes).toEqual(helpCodes);
  });

  it('questions lists 60 criteria; explain prints the rule metadata', async () => {
    const questions = await runCli(['questions']);
    expect(questions.code).toBe(0);
    expect(questions.stdout.match(/^ +\d+\. /gm)).toHaveLength(60);
    const explain = await runCli(['explain', '15']);
    expect(explain.code).toBe(0);
    expect(explain.stdout).toMatch(/^15\. All environments/);
    expect(explain.stdout).toMatch(/To reach yes: /);
  });

  it('questions --format json lists every criterion with the answers it can give and how to reach yes', async () => {
    const run = await runCli(['questions', '--format', 'json']);
    expect(run.code).toBe(0);
    const list = JSON.parse(run.stdout) as { schemaVersion: number; criteria: { id: number; answers: string[]; answeredBy: string; toYes: string; doc: string; appliesOnlyWith: string | null }[] };
    expect(list.schemaVersion).toBe(1);
    expect(list.criteria.map((c) => c.id)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    const c15 = list.criteria[14]!;
    expect(c15.answers.length).toBeGreaterThan(0);
    expect(c15.toYes).not.toBe('');
    expect(c15.doc).toMatch(/criteria\.md#/);
    expect(list.criteria.some((c) => c.appliesOnlyWith !== null)).toBe(true);
  });

  it('--format json holds 60 answers in id order, reads the answers file, and writes nothing', async () => {
    const repo = fixtureCopy(FIXTURE);
    const answers = path.join(repo, 'mlops-assessment.yaml');
    writeFileSync(answers, 'answers:\n  15: {answer: "yes", comment: "prod data mirrored to staging nightly"}\n');
    const before = execFileSync('git', ['status', '--porcelain', '--ignored'], { cwd: repo, encoding: 'utf8' });
    const run = await runCli([repo, '--format', 'json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.schemaVersion).toBe(1);
    expect(report.answers.map((a) => a.id)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(report.answers[14]).toMatchObject({ answer: 'yes', source: 'human', comment: 'prod data mirrored to staging nightly' });
    expect(execFileSync('git', ['status', '--porcelain', '--ignored'], { cwd: repo, encoding: 'utf8' })).toBe(before);
  });

  it('--fail-under gates on the overall score; --output writes the chosen format', async () => {
    const repo = fixtureCopy(FIXTURE);
    const json = JSON.parse((await runCli([repo, '--format', 'json'])).stdout) as Report;
    const percent = json.summary.percent ?? 0;
    const out = path.join(tempDir('out-'), 'report.md');
    const below = await runCli([repo, '--fail-under', String(percent + 1), '--format', 'markdown', '--output', out]);
    expect(below.code).toBe(1);
    expect(below.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^# MLOps maturity assessment/);
    expect((await runCli([repo, '--fail-under', String(Math.max(0, percent - 1)), '--format', 'json'])).code).toBe(0);
    expect((await runCli([repo, '--fail-under', '0'])).code).toBe(0);
  });

  it('says on stderr why --fail-under failed and where --output wrote', async () => {
    const repo = fixtureCopy(FIXTURE);
    const out = path.join(tempDir('out-'), 'report.json');
    const run = await runCli([repo, '--fail-under', '100', '--format', 'json', '-o', out]);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')).toEqual([`mlops-scan: wrote the json report to ${out}`, expect.stringMatching(/^mlops-scan: score \d+(\.\d)?% is below 100% \(--fail-under\)$/), '']);
    expect((await runCli([repo, '--fail-under', '0'])).stderr).toBe('');
  });

  it('--quiet prints only the verdict line; colour follows --no-color, NO_COLOR and FORCE_COLOR', async () => {
    const repo = fixtureCopy(FIXTURE);
    const quiet = await runCli([repo, '--quiet']);
    expect(quiet.stdout).toMatch(/^Score: \d+% yes \(\d+ of \d+ applicable criteria\)\. MLOps mature: (yes|no)[^\n]*\n$/);
    const coloured = (args: string[], io: Parameters<typeof runCli>[1]) => runCli([repo, '--details', ...args], io).then((r) => r.stdout.includes('\x1b['));
    expect(await coloured([], { isTty: true, env: {} })).toBe(true);
    expect(await coloured([], { isTty: true, env: { NO_COLOR: '1' } })).toBe(false);
    expect(await coloured(['--no-color'], { isTty: true, env: {} })).toBe(false);
    expect(await coloured([], { isTty: false, env: {} })).toBe(false);
    expect(await coloured([], { isTty: false, env: { FORCE_COLOR: '1' } })).toBe(true);
    expect(await coloured([], { isTty: true, env: { FORCE_COLOR: '0' } })).toBe(false);
  });

  it('--baseline exits 1 naming a criterion that regressed, and 0 against itself', async () => {
    const repo = fixtureCopy(FIXTURE);
    const now = JSON.parse((await runCli([repo, '--format', 'json'])).stdout) as Report;
    const dir = tempDir('baseline-');
    const same = path.join(dir, 'same.json');
    writeFileSync(same, JSON.stringify(now));
    expect(await runCli([repo, '--baseline', same, '--quiet'])).toMatchObject({ code: 0, stderr: '' });
    const regressed = now.answers.find((a) => a.answer !== 'yes' && a.answer !== 'n/a')!;
    const better = path.join(dir, 'better.json');
    writeFileSync(better, JSON.stringify({ ...now, answers: now.answers.map((a) => (a.id === regressed.id ? { ...a, answer: 'yes' } : a)) }));
    const run = await runCli([repo, '--baseline', better, '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`mlops-scan: criterion ${regressed.id} was yes in the baseline and is ${regressed.answer} now (--baseline)\n`);
    expect(run.stderr).toMatch(/mlops-scan: score fell from [\d.]+% to [\d.]+% \(--baseline\)\n$/);
  });

  it('--format sarif reports each no as a warning located in the scanned tree', async () => {
    const repo = fixtureCopy(FIXTURE);
    const json = JSON.parse((await runCli([repo, '--format', 'json'])).stdout) as Report;
    const sarif = JSON.parse((await runCli([repo, '--format', 'sarif'])).stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const noes = json.answers.filter((a) => a.answer === 'no').map((a) => `MLOPS${String(a.id).padStart(3, '0')}`);
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toEqual(noes);
    for (const r of sarif.runs[0]!.results) {
      const uri = decodeURIComponent(r.locations[0]!.physicalLocation.artifactLocation.uri);
      expect(existsSync(path.join(repo, uri)), uri).toBe(true);
    }
  });

  it('wraps the terminal report to the terminal, or to 100 columns in a pipe', async () => {
    const repo = fixtureCopy(FIXTURE);
    const widest = (text: string) => Math.max(...text.split('\n').map((l) => l.length));
    expect(widest((await runCli([repo, '--details'], { isTty: true, columns: 72, env: { NO_COLOR: '1' } })).stdout)).toBeLessThanOrEqual(72);
    expect(widest((await runCli([repo, '--details'])).stdout)).toBeLessThanOrEqual(100);
  });
});

const BIN = path.join(ROOT, 'bin/mlops-scan.js');
const BUILT = existsSync(path.join(ROOT, 'dist/src/cli/main.js'));

// The built binary exists after `npm ci` (prepare builds dist/); a bare checkout has none, so skip then.
describe.skipIf(!BUILT)('the built binary (dist/)', () => {
  it('scans with exit 0 and 60 JSON answers; a usage error is exit 2 with one stderr line', () => {
    const repo = fixtureCopy(FIXTURE);
    const ok = spawnSync(process.execPath, [BIN, repo, '--format', 'json'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect((JSON.parse(ok.stdout) as Report).answers).toHaveLength(60);
    const bad = spawnSync(process.execPath, [BIN, repo, '--interactive'], { encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^mlops-scan: --interactive needs a terminal[^\n]*\n$/);
  });
});
