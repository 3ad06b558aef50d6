import { mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/cli/config-file.js';
import type { Report } from '../../src/report/report.js';
import { fixtureCopy, tempDir } from '../helpers/fixture-repo.js';
import { scriptedPrompter } from './interactive/scripted-prompter.js';
import { runCli } from './run-cli.js';

const FIXTURE = 'answers-training-only';

describe('.mlops-scan.yaml', () => {
  it('reads paths to leave out, the answers file, a score bar and subprojects', () => {
    const config = parseConfig('ignore:\n  - vendor/\n  - "**/*.csv"\nanswers: ./docs/answers.yaml\nfail-under: 40\nsubprojects: [services/churn]\n', '.mlops-scan.yaml');
    expect(config).toEqual({ file: '.mlops-scan.yaml', ignore: ['vendor/', '**/*.csv'], answers: 'docs/answers.yaml', failUnder: 40, subprojects: ['services/churn'] });
    expect(parseConfig('', '.mlops-scan.yaml').ignore).toEqual([]);
  });

  it.each([
    ['an unknown key', 'ignore: []\nthreshold: 3\n', /^\.mlops-scan\.yaml:2: unknown key "threshold"/],
    ['a path out of the tree', 'answers: ../../etc/answers.yaml\n', /^\.mlops-scan\.yaml:1: answers must stay inside the repository/],
    ['an absolute ignore path', 'ignore:\n  - /home\n', /^\.mlops-scan\.yaml:2: ignore must stay inside/],
    ['a bar above 100', '\nfail-under: 120\n', /^\.mlops-scan\.yaml:2: fail-under must be a number from 0 to 100/],
    ['a bar as text', 'fail-under: "40"\n', /^\.mlops-scan\.yaml:1: fail-under must be a number/],
    ['ignore not a list', 'ignore: vendor\n', /^\.mlops-scan\.yaml:1: ignore must be a list of paths/],
    ['broken YAML', 'ignore: [a\n', /^\.mlops-scan\.yaml:\d+: not valid YAML/],
    ['a list at the top', '- a\n', /^\.mlops-scan\.yaml:1: expected a mapping/],
  ])('refuses %s with the line', (_, text, message) => {
    expect(() => parseConfig(text, '.mlops-scan.yaml')).toThrow(ConfigError);
    expect(() => parseConfig(text, '.mlops-scan.yaml')).toThrow(message);
  });

  it('narrows the scan and lists what it left out; flags win over it; --no-config ignores it', async () => {
    const repo = fixtureCopy(FIXTURE, { git: false });
    mkdirSync(path.join(repo, 'legacy'));
    writeFileSync(path.join(repo, 'legacy', 'old_train.py'), 'import sklearn\n');
    writeFileSync(path.join(repo, 'legacy', 'notes.md'), '# old\n');
    mkdirSync(path.join(repo, 'docs'), { recursive: true });
    writeFileSync(path.join(repo, 'docs', 'answers.yaml'), 'answers:\n  15: {answer: "yes"}\n');
    writeFileSync(path.join(repo, '.mlops-scan.yaml'), 'ignore: [legacy]\nanswers: docs/answers.yaml\nfail-under: 100\n');
    const json = await runCli([repo, '--format', 'json']);
    expect(json.code).toBe(1);
    expect(json.stderr).toMatch(/is below 100% \(fail-under in \.mlops-scan\.yaml\)/);
    const report = JSON.parse(json.stdout) as Report;
    expect(report.ignored).toEqual({ patterns: ['legacy'], files: 2 });
    expect(report.answers[14]).toMatchObject({ answer: 'yes', source: 'human' });
    expect(JSON.stringify(report.answers)).not.toContain('legacy/');
    expect((await runCli([repo])).stdout).toContain('Left out by .mlops-scan.yaml: 2 files matching legacy');
    expect((await runCli([repo, '--fail-under', '0', '--quiet'])).code).toBe(0);
    const without = await runCli([repo, '--no-config', '--format', 'json']);
    expect(without.code).toBe(0);
    expect((JSON.parse(without.stdout) as Report).ignored).toEqual({ patterns: [], files: 0 });
  });

  it('a broken or symlinked config is exit 2 with one line', async () => {
    const repo = fixtureCopy(FIXTURE, { git: false });
    writeFileSync(path.join(repo, '.mlops-scan.yaml'), 'ignore: [a]\nbogus: 1\n');
    const broken = await runCli([repo]);
    expect(broken).toMatchObject({ code: 2, stdout: '' });
    expect(broken.stderr).toMatch(/^mlops-scan: \.mlops-scan\.yaml:2: unknown key "bogus"[^\n]*\n$/);
    const linked = fixtureCopy(FIXTURE, { git: false });
    writeFileSync(path.join(linked, 'real.yaml'), 'ignore: []\n');
    symlinkSync('real.yaml', path.join(linked, '.mlops-scan.yaml'));
    expect((await runCli([linked])).stderr).toMatch(/^mlops-scan: \.mlops-scan\.yaml: must be a regular file \(it is a symlink\)/);
  });

  it('says what is wrong in its config or answers file without passing on its escape sequences or bidi overrides', async () => {
    // The repository wrote both files: what it quotes back must not retitle, clear or reorder the terminal.
    const hostile = '\u001b]0;owned\u0007\u001b[2J\u009b31m\u202egnp.exe';
    const config = fixtureCopy(FIXTURE, { git: false });
    writeFileSync(path.join(config, '.mlops-scan.yaml'), `ignore:\n  - ${JSON.stringify(`${hostile}/../x`)}\n`);
    const answers = fixtureCopy(FIXTURE, { git: false });
    writeFileSync(path.join(answers, '.mlops-scan.yaml'), `answers: ${JSON.stringify(`${hostile}.yaml`)}\n`);
    writeFileSync(path.join(answers, `${hostile}.yaml`), `answers:\n  15: {answer: "yes", ${JSON.stringify(hostile)}: 1}\n`);
    for (const repo of [config, answers]) {
      const run = await runCli([repo]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^mlops-scan: [^\n]*(must stay inside the repository|unknown field)[^\n]*owned[^\n]*\n$/);
      // eslint-disable-next-line no-control-regex -- control characters are what must not get through
      expect(run.stderr.slice(0, -1)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }
  });

  it('an answers file it names through a symlinked folder out of the tree is neither read nor written', async () => {
    const outside = tempDir('outside-');
    writeFileSync(path.join(outside, 'answers.yaml'), 'answers:\n  15: {answer: "yes", comment: "read from outside the tree"}\n');
    const repo = fixtureCopy(FIXTURE, { git: false });
    symlinkSync(outside, path.join(repo, 'out'));
    writeFileSync(path.join(repo, '.mlops-scan.yaml'), 'answers: out/answers.yaml\n');
    const read = await runCli([repo, '--format', 'json']);
    expect(read.stdout).not.toContain('read from outside the tree');
    expect(read).toMatchObject({ code: 2, stdout: '' });
    expect(read.stderr).toMatch(/^mlops-scan: \.mlops-scan\.yaml: answers out\/answers\.yaml leads out of the repository through a symlink[^\n]*\n$/);
    rmSync(path.join(outside, 'answers.yaml'));
    const written = await runCli([repo, '--interactive', '--format', 'json'], { canPrompt: true, prompter: scriptedPrompter([{ choose: 'yes' }, { comment: '' }]) });
    expect(written.code).toBe(2);
    expect(readdirSync(outside)).toEqual([]);
  });
});

