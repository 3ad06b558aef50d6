import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/report.js';
import { git, writeFiles } from '../helpers/fixture-repo.js';
import {
  appendGitConfig,
  assertScannerBuilt,
  commitFakeSigned,
  digestTree,
  gitRepo,
  limiter,
  makeFifo,
  makeSparse,
  makeSymlink,
  newCase,
  ORDINARY_FILES,
  plantProgram,
  proveLive,
  runScanner,
  SECRET_TOKEN,
  TIME_BIN,
  type CaseDirs,
  type GitProof,
  type ScanRun,
} from '../helpers/hostile-repo.js';

/*
 * Hostile repositories: a scan of a repository someone else controls must never run its programs, read
 * outside it, hang, blow up, or write anything, and still give a report (exit 0) or one line of error
 * (exit 2). Each case builds its own <tmp>/case/{repo,outside}; the scans of a describe block run as
 * child processes, two at a time, while its tests check them in order.
 */

type Format = 'json' | 'terminal' | 'markdown' | 'html';

interface SkipRule {
  readonly file: string;
  readonly reason: RegExp;
}

interface ExitZero {
  readonly exit: 0;
  /** Entries the report's `skipped` must hold. */
  readonly skipped?: readonly SkipRule[];
  /** Strings that must appear in no output of the case. */
  readonly never?: readonly string[];
  readonly report?: (report: Report) => void;
  /** Checks of the non-JSON outputs (the formats the case asks for). */
  readonly output?: Partial<Record<Exclude<Format, 'json'>, (text: string) => void>>;
}

interface ExitTwo {
  readonly exit: 2;
  /** What the one line on stderr says. */
  readonly stderr: RegExp;
}

interface HostileCase {
  readonly name: string;
  /** The bound (ms) each scan of the case must finish within. */
  readonly bound: number;
  /** Makes repo/ and outside/; returns git commands that prove the planted programs would run. */
  readonly build: (dirs: CaseDirs) => readonly GitProof[] | void;
  /** More arguments after the target (-o, --answers). */
  readonly args?: (dirs: CaseDirs) => readonly string[];
  /** Formats to run besides json, one scan each (exit-0 cases). */
  readonly formats?: readonly Exclude<Format, 'json'>[];
  /** The JSON report goes to this file (relative to <tmp>/case), which the case may write. */
  readonly outputFile?: string;
  /** That many identical scans started at once. */
  readonly concurrent?: number;
  /** Peak resident memory the scan must stay under (MiB), measured with /usr/bin/time. */
  readonly peakRssMib?: number;
  readonly expect: ExitZero | ExitTwo;
}

const SECOND = 1000;
/** A scan that outlives its bound by this much is killed: it hangs. */
const KILL_GRACE = 3 * SECOND;
/** Building, digesting and checking a case, on top of its scans. */
const TEST_MARGIN = 15 * SECOND;
const run = limiter(Math.max(2, Math.min(4, availableParallelism())));

// ---------------------------------------------------------------------------------------------------
// Building blocks

const ML_CODE = 'import mlflow\n\nmlflow.log_metric("accuracy", 0.9)\n';
const OTHER_SUBJECT = 'OTHER-REPO-SUBJECT-3c7d51e2';
const IMG = '<img src=x onerror=alert(1)>';

/** A git repository whose `.git` the hostile party wrote: a planted program and config lines using it. */
interface GitConfigCase {
  readonly name: string;
  /** Committed besides the ordinary files. */
  readonly files?: Readonly<Record<string, string>>;
  /** After the commit, before the config is written; `program` is the planted program's path. */
  readonly prepare?: (dirs: CaseDirs, program: string) => void;
  /** Lines appended to `.git/config`. */
  readonly config?: (program: string, dirs: CaseDirs) => string;
  /** Plain git commands that run the planted program: the proof that the case is live. */
  readonly proofs?: readonly GitProof[];
  readonly expect?: ExitZero;
}

function gitConfigCases(cases: readonly GitConfigCase[]): HostileCase[] {
  return cases.map((c) => ({
    name: c.name,
    bound: 30 * SECOND,
    build: (dirs) => {
      gitRepo(dirs.repo, c.files);
      const program = plantProgram(dirs, path.join(dirs.repo, '.git', 'planted', 'evil'));
      c.prepare?.(dirs, program);
      if (c.config) appendGitConfig(dirs.repo, c.config(program, dirs));
      return c.proofs;
    },
    expect: c.expect ?? { exit: 0 },
  }));
}

const STATUS: GitProof = { args: ['status'] };
const CREDENTIAL: GitProof = { args: ['credential', 'fill'], input: 'protocol=https\nhost=example.com\n\n' };

/** Copies `outside/upstream` (commits with PR-merge subjects) into repo/ with `git clone --depth 1`. */
function shallowClone(dirs: CaseDirs): void {
  const upstream = path.join(dirs.outside, 'upstream');
  gitRepo(upstream);
  for (let n = 1; n <= 5; n += 1) git(upstream, ['commit', '-q', '--allow-empty', '-m', `Merge pull request #${n} from team/feature-${n}`]);
  rmSync(dirs.repo, { recursive: true });
  git(dirs.root, ['clone', '-q', '--depth', '1', `file://${upstream}`, 'repo']);
}

/** `levels` levels of `width` aliases of the level below: `width ** levels` nodes once expanded. */
function yamlBomb(width: number, levels: number): string {
  const name = (level: number): string => String.fromCharCode(97 + level);
  const row = (item: string): string => `[${Array.from({ length: width }, () => item).join(', ')}]`;
  const lines = Array.from({ length: levels }, (_, level) => `${name(level)}: &${name(level)} ${row(level === 0 ? '"lol"' : `*${name(level - 1)}`)}`);
  return `${lines.join('\n')}\nrepos:\n  - repo: local\n    hooks: *${name(levels - 1)}\n`;
}

function gitlabAliases(count: number): string {
  const jobs = Array.from({ length: count }, (_, i) => `j${i}: *a`);
  return `.base: &a\n  image: python:3.11\n  script: [pytest]\n  rules:\n    - if: $CI_PIPELINE_SOURCE == "merge_request_event"\n${jobs.join('\n')}\n`;
}

function manyJobsWorkflow(count: number): string {
  const jobs = Array.from({ length: count }, (_, i) => `  j${i}:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n`);
  return `on: [pull_request]\njobs:\n${jobs.join('')}`;
}

/** A normal project big enough that scanning it takes seconds: what an up-front check must not wait for. */
function manyFiles(count: number): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => [`pkg${i % 50}/m${i}.py`, `import mlflow\nimport pandas as pd\n\n\ndef f${i}(x):\n    """Doc."""\n    mlflow.log_metric("m${i}", x)\n    return pd.DataFrame({"a": [x]})\n`]),
  );
}

/** Markdown text outside fenced blocks and code spans: what a Markdown renderer would show as HTML. */
function markdownOutsideCode(text: string): string {
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/(`+)[\s\S]*?\1/g, '');
}

function languages(names: readonly string[]): (report: Report) => void {
  return (report) => expect(report.profile.languages.map((l) => l.name)).toEqual(expect.arrayContaining([...names]));
}

function answerOf(report: Report, id: number): Report['answers'][number] | undefined {
  return report.answers.find((a) => a.id === id);
}

const skip = (file: string, reason: RegExp): SkipRule => ({ file, reason });
const OUTSIDE = /outside/;
const INCLUDE = /include/;

const ANSWERS_YAML = 'answers:\n  15: {answer: "yes", comment: "prod data mirrored to staging nightly"}\n';

// ---------------------------------------------------------------------------------------------------
// The cases, by class

const HOOKS = ['pre-commit', 'post-checkout', 'post-commit', 'post-merge', 'post-rewrite', 'pre-push', 'reference-transaction', 'post-index-change', 'pre-auto-gc'];

const GIT_EXECUTION = gitConfigCases([
  {
    name: 'git config: gpg.program via log.showSignature never runs',
    prepare: (dirs) => commitFakeSigned(dirs.repo, 'Signed-looking commit'),
    config: (p) => `[log]\n\tshowSignature = true\n[gpg]\n\tprogram = "${p}"`,
    proofs: [{ args: ['log', '--show-signature'] }],
  },
  { name: 'git config: core.fsmonitor never runs', config: (p) => `[core]\n\tfsmonitor = "${p}"`, proofs: [STATUS] },
  {
    name: 'git config: diff.external and a textconv driver never run',
    files: { '.gitattributes': '* diff=x\n' },
    config: (p) => `[diff]\n\texternal = "${p}"\n[diff "x"]\n\ttextconv = "${p}"`,
    proofs: [{ args: ['log', '-p'] }],
  },
  // A pager only runs on a terminal, so no plain git command here proves this case live.
  { name: 'git config: core.pager and pager.log never run', config: (p) => `[core]\n\tpager = "${p}"\n[pager]\n\tlog = "${p}"` },
  {
    name: 'git config: filter smudge, clean and process drivers never run',
    files: { '.gitattributes': '* filter=x\n' },
    // Stat-dirty files (as in a copied checkout) make git re-read them through the clean filter.
    prepare: (dirs) => {
      const future = new Date('2030-01-01T00:00:00Z');
      for (const file of ['train.py', '.gitattributes']) utimesSync(path.join(dirs.repo, file), future, future);
    },
    config: (p) => `[filter "x"]\n\tsmudge = "${p}"\n\tclean = "${p}"\n\tprocess = "${p}"`,
    proofs: [STATUS],
  },
  {
    name: 'git config: core.sshCommand, credential.helper and core.askPass never run',
    config: (p) => `[core]\n\tsshCommand = "${p}"\n\taskPass = "${p}"\n[credential]\n\thelper = "${p}"`,
    proofs: [CREDENTIAL, { args: ['ls-remote', 'ssh://example.com/repo.git'] }],
  },
  {
    name: 'git config: core.hooksPath and .git/hooks programs never run',
    prepare: (dirs) => {
      for (const hook of HOOKS) for (const folder of ['hooks', 'planted-hooks']) plantProgram(dirs, path.join(dirs.repo, '.git', folder, hook));
    },
    config: (_, dirs) => `[core]\n\thooksPath = "${path.join(dirs.repo, '.git', 'planted-hooks')}"`,
    proofs: [{ args: ['hook', 'run', 'pre-commit'] }],
  },
]);

const INCLUDE_SKIPPED: ExitZero = { exit: 0, skipped: [skip('.git/config', INCLUDE)] };

const GIT_CONFIG_HANGS = gitConfigCases([
  {
    name: 'git config: [include] path to a FIFO outside does not hang',
    prepare: (dirs) => makeFifo(path.join(dirs.outside, 'config.fifo')),
    config: (_, dirs) => `[include]\n\tpath = "${path.join(dirs.outside, 'config.fifo')}"`,
    expect: INCLUDE_SKIPPED,
  },
  { name: 'git config: [include] path = /dev/zero does not explode', config: () => '[include]\n\tpath = /dev/zero', expect: INCLUDE_SKIPPED },
  {
    name: 'git config: [includeIf "gitdir:/"] to a config outside is not followed',
    prepare: (dirs, p) => writeFileSync(path.join(dirs.outside, 'included.config'), `[core]\n\tfsmonitor = "${p}"\n`),
    config: (_, dirs) => `[includeIf "gitdir:/"]\n\tpath = "${path.join(dirs.outside, 'included.config')}"`,
    proofs: [STATUS],
    expect: INCLUDE_SKIPPED,
  },
  {
    name: 'git config: .git/info/exclude as a FIFO does not hang',
    prepare: (dirs) => makeFifo(path.join(dirs.repo, '.git', 'info', 'exclude')),
    expect: { exit: 0, skipped: [skip('.git/info/exclude', /./)] },
  },
  {
    name: 'git config: core.excludesFile naming a FIFO does not hang',
    prepare: (dirs) => makeFifo(path.join(dirs.outside, 'excludes.fifo')),
    config: (_, dirs) => `[core]\n\texcludesFile = "${path.join(dirs.outside, 'excludes.fifo')}"`,
  },
]);

const GITDIR_OUTSIDE: readonly HostileCase[] = [
  {
    name: 'gitdir file: .git pointing at another repository outside is not used',
    bound: 30 * SECOND,
    build: (dirs) => {
      const other = path.join(dirs.outside, 'other');
      gitRepo(other, { 'serve.py': ML_CODE }, `Merge pull request #1 from ${OTHER_SUBJECT}`);
      git(other, ['commit', '-q', '--allow-empty', '-m', OTHER_SUBJECT]);
      git(other, ['tag', '-a', 'v1.0.0', '-m', OTHER_SUBJECT]);
      writeFiles(dirs.repo, { ...ORDINARY_FILES, '.git': `gitdir: ${path.join(other, '.git')}\n` });
    },
    expect: { exit: 0, skipped: [skip('.git', OUTSIDE)], never: [OTHER_SUBJECT] },
  },
];

const BROKEN_GIT: readonly HostileCase[] = [
  {
    name: 'broken git: garbage in .git/HEAD',
    bound: 30 * SECOND,
    build: (dirs) => {
      gitRepo(dirs.repo);
      writeFileSync(path.join(dirs.repo, '.git', 'HEAD'), 'this is not a ref \u0000\u00ff\n');
    },
    expect: { exit: 0 },
  },
  {
    name: 'broken git: .git/objects emptied after the commits',
    bound: 30 * SECOND,
    build: (dirs) => {
      gitRepo(dirs.repo);
      git(dirs.repo, ['commit', '-q', '--allow-empty', '-m', 'Merge pull request #2 from team/more']);
      const objects = path.join(dirs.repo, '.git', 'objects');
      for (const entry of readdirSync(objects)) rmSync(path.join(objects, entry), { recursive: true });
    },
    expect: { exit: 0 },
  },
  {
    name: 'broken git: a shallow clone leaves the pull-request share (18) unanswered',
    bound: 30 * SECOND,
    build: shallowClone,
    expect: { exit: 0, report: (report) => expect(answerOf(report, 18)?.answer).toBe('unanswered') },
  },
  {
    name: 'broken git: a repository with no commits and one untracked file',
    bound: 30 * SECOND,
    build: (dirs) => {
      writeFiles(dirs.repo, ORDINARY_FILES);
      git(dirs.repo, ['init', '-q']);
    },
    expect: { exit: 0 },
  },
];

/** Hostile entries made before the commit (`tracked`, which `git add` records) and after it (`worktree`). */
interface TreeChange {
  readonly tracked?: (dirs: CaseDirs) => void;
  readonly worktree?: (dirs: CaseDirs) => void;
}

/** The same hostile tree as a plain folder and as a git work tree with the tracked part committed. */
function inPlainAndGit(name: string, change: TreeChange, expectation: ExitZero): HostileCase[] {
  return (['plain folder', 'git repo'] as const).map((kind) => ({
    name: `${name} (${kind})`,
    bound: 30 * SECOND,
    build: (dirs: CaseDirs) => {
      writeFiles(dirs.repo, { ...ORDINARY_FILES, '.gitignore': '*.log\n' });
      if (kind === 'git repo') git(dirs.repo, ['init', '-q']);
      change.tracked?.(dirs);
      if (kind === 'git repo') {
        git(dirs.repo, ['add', '-A']);
        git(dirs.repo, ['commit', '-q', '-m', 'Hostile files']);
      }
      change.worktree?.(dirs);
    },
    expect: expectation,
  }));
}

const TREE: readonly HostileCase[] = [
  // In the git variant .gitignore is tracked, then replaced by a FIFO in the work tree (git cannot add one).
  ...inPlainAndGit('tree: a .gitignore that is a FIFO does not hang', { worktree: (dirs) => makeFifo(path.join(dirs.repo, '.gitignore')) }, {
    exit: 0,
    skipped: [skip('.gitignore', /./)],
  }),
  {
    name: 'tree: a .gitignore linked to /dev/zero is not read',
    bound: 30 * SECOND,
    build: (dirs) => {
      writeFiles(dirs.repo, ORDINARY_FILES);
      makeSymlink('/dev/zero', path.join(dirs.repo, '.gitignore'));
    },
    expect: { exit: 0, skipped: [skip('.gitignore', /./)] },
  },
  {
    name: 'tree: a .gitignore linked outside (ignoring *.py) hides nothing',
    bound: 30 * SECOND,
    build: (dirs) => {
      writeFiles(dirs.repo, ORDINARY_FILES);
      writeFileSync(path.join(dirs.outside, 'ignore-python'), '*.py\n');
      makeSymlink(path.join(dirs.outside, 'ignore-python'), path.join(dirs.repo, '.gitignore'));
    },
    expect: { exit: 0, skipped: [skip('.gitignore', OUTSIDE)], report: languages(['Python']) },
  },
  ...inPlainAndGit(
    'tree: data.py linked to a secret outside is not read',
    {
      tracked: (dirs) => {
        writeFileSync(path.join(dirs.outside, 'secret.py'), `import mlflow\n\nTOKEN = "${SECRET_TOKEN}"\nmlflow.log_metric("${SECRET_TOKEN}", 1)\n`);
        makeSymlink(path.join(dirs.outside, 'secret.py'), path.join(dirs.repo, 'data.py'));
      },
    },
    { exit: 0, skipped: [skip('data.py', OUTSIDE)], never: [SECRET_TOKEN] },
  ),
  {
    name: 'tree: a FIFO and links to /dev/zero and /dev/urandom are skipped',
    bound: 30 * SECOND,
    build: (dirs) => {
      writeFiles(dirs.repo, ORDINARY_FILES);
      makeFifo(path.join(dirs.repo, 'model.py'));
      makeSymlink('/dev/zero', path.join(dirs.repo, 'dev.py'));
      makeSymlink('/dev/urandom', path.join(dirs.repo, 'random.yaml'));
    },
    expect: {
      exit: 0,
      skipped: ['model.py', 'dev.py', 'random.yaml'].map((file) => skip(file, /not a regular file|outside/)),
    },
  },
  ...inPlainAndGit(
    'tree: symlink loops finish',
    {
      tracked: (dirs) => {
        makeSymlink('b.py', path.join(dirs.repo, 'a.py'));
        makeSymlink('a.py', path.join(dirs.repo, 'b.py'));
        makeSymlink('.', path.join(dirs.repo, 'loop'));
        makeSymlink('..', path.join(dirs.repo, 'src', 'up'));
      },
    },
    { exit: 0 },
  ),
  ...inPlainAndGit('tree: a directory nested 200 deep finishes', { tracked: (dirs) => writeFiles(dirs.repo, { [`${'d/'.repeat(200)}deep.py`]: ML_CODE }) }, { exit: 0 }),
  {
    name: 'tree: a sparse 10 GiB big.py and a 5 MB YAML are skipped as too large',
    bound: 30 * SECOND,
    build: (dirs) => {
      const params = Array.from({ length: 350_000 }, (_, i) => `k${i}: value`).join('\n');
      writeFiles(dirs.repo, { ...ORDINARY_FILES, 'params.yaml': `${params}\n` });
      makeSparse(path.join(dirs.repo, 'big.py'), 10 * 1024 ** 3);
    },
    expect: { exit: 0, skipped: [skip('big.py', /larger than/), skip('params.yaml', /larger than/)] },
  },
  {
    name: 'tree: NUL-laden .py and .yaml are skipped as binary',
    bound: 30 * SECOND,
    build: (dirs) => {
      const nul = (text: string): string => `\u0000\u0000\u0000\u0001${text}`;
      gitRepo(dirs.repo, { 'weights.py': nul(ML_CODE), 'config.yaml': nul('stages: [train]\n') });
    },
    expect: { exit: 0, skipped: [skip('weights.py', /binary/), skip('config.yaml', /binary/)] },
  },
  {
    name: 'tree: invalid UTF-8 Python and a UTF-16LE README are read without a rule failing',
    bound: 30 * SECOND,
    build: (dirs) => {
      gitRepo(dirs.repo);
      writeFileSync(path.join(dirs.repo, 'bad.py'), Buffer.concat([Buffer.from('import mlflow\nx = "'), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0]), Buffer.from('"\nmlflow.log_metric("a", 1)\n')]));
      writeFileSync(path.join(dirs.repo, 'README.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Churn\n\n## Business goals\n\nReduce churn by 5% (KPI: monthly churn rate).\n', 'utf16le')]));
      git(dirs.repo, ['add', '-A']);
      git(dirs.repo, ['commit', '-q', '-m', 'Odd encodings']);
    },
    expect: { exit: 0 },
  },
];

const BLOW_UPS: readonly HostileCase[] = [
  {
    name: 'blow-up: .gitlab-ci.yml with 5,000 aliases of one anchor',
    bound: 10 * SECOND,
    build: (dirs) => gitRepo(dirs.repo, { '.gitlab-ci.yml': gitlabAliases(5000) }),
    expect: { exit: 0 },
  },
  {
    name: 'blow-up: a billion-laughs .pre-commit-config.yaml is skipped, criterion 31 still answered',
    bound: 10 * SECOND,
    build: (dirs) => gitRepo(dirs.repo, { '.pre-commit-config.yaml': yamlBomb(9, 9) }),
    expect: {
      exit: 0,
      skipped: [skip('.pre-commit-config.yaml', /./)],
      report: (report) => expect(answerOf(report, 31)?.internalError).toBeNull(),
    },
  },
  {
    name: 'blow-up: a GitHub workflow with 10,000 jobs',
    bound: 20 * SECOND,
    build: (dirs) => gitRepo(dirs.repo, { '.github/workflows/ci.yml': manyJobsWorkflow(10_000) }),
    expect: { exit: 0 },
  },
];

const NOTHING_TO_SCAN: readonly HostileCase[] = [
  {
    name: 'nothing to scan: an empty directory',
    bound: 30 * SECOND,
    build: () => undefined,
    expect: { exit: 2, stderr: /nothing to scan/ },
  },
  {
    name: 'nothing to scan: a bare git repository',
    bound: 30 * SECOND,
    build: (dirs) => {
      const source = path.join(dirs.outside, 'source');
      gitRepo(source);
      rmSync(dirs.repo, { recursive: true });
      git(dirs.root, ['clone', '-q', '--bare', source, 'repo']);
    },
    expect: { exit: 2, stderr: /nothing to scan/ },
  },
  {
    name: 'nothing to scan: a repository holding only git metadata',
    bound: 30 * SECOND,
    build: (dirs) => {
      git(dirs.repo, ['init', '-q']);
    },
    expect: { exit: 2, stderr: /nothing to scan/ },
  },
];

/** A plain repository whose answers file is made by `answers`. */
function answersCase(name: string, bound: number, answers: (file: string, dirs: CaseDirs) => void, expectation: ExitTwo, extra: Partial<HostileCase> = {}): HostileCase {
  return {
    name,
    bound,
    build: (dirs) => {
      writeFiles(dirs.repo, ORDINARY_FILES);
      answers(path.join(dirs.repo, 'mlops-assessment.yaml'), dirs);
    },
    expect: expectation,
    ...extra,
  };
}

const ANSWERS_FILE: readonly HostileCase[] = [
  answersCase(
    'answers file: a symlink to a file outside is refused',
    30 * SECOND,
    (file, dirs) => {
      writeFileSync(path.join(dirs.outside, 'answers.yaml'), ANSWERS_YAML);
      makeSymlink(path.join(dirs.outside, 'answers.yaml'), file);
    },
    { exit: 2, stderr: /symbolic link/ },
  ),
  answersCase('answers file: a FIFO is refused without hanging', 10 * SECOND, (file) => makeFifo(file), { exit: 2, stderr: /not a regular file/ }),
  answersCase('answers file: a sparse 200 MB file is refused, in little memory', 10 * SECOND, (file) => makeSparse(file, 200 * 1024 * 1024), { exit: 2, stderr: /larger than/ }, { peakRssMib: 160 }),
  ...['15.0', '0x0F'].map((id) =>
    answersCase(`answers file: id ${id} is an unknown criterion id`, 30 * SECOND, (file) => writeFileSync(file, `answers:\n  ${id}: {answer: "yes"}\n`), {
      exit: 2,
      stderr: /unknown criterion id/,
    }),
  ),
  {
    name: 'answers file: --answers naming a regular file outside is allowed',
    bound: 30 * SECOND,
    build: (dirs) => {
      writeFiles(dirs.repo, ORDINARY_FILES);
      writeFileSync(path.join(dirs.outside, 'answers.yaml'), ANSWERS_YAML);
    },
    args: (dirs) => ['--answers', path.join(dirs.outside, 'answers.yaml')],
    expect: { exit: 0, report: (report) => expect(answerOf(report, 15)).toMatchObject({ answer: 'yes', source: 'human' }) },
  },
  {
    name: 'answers file: --answers naming a FIFO is refused without hanging',
    bound: 10 * SECOND,
    build: (dirs) => {
      writeFiles(dirs.repo, ORDINARY_FILES);
      makeFifo(path.join(dirs.outside, 'answers.fifo'));
    },
    args: (dirs) => ['--answers', path.join(dirs.outside, 'answers.fifo')],
    expect: { exit: 2, stderr: /not a regular file/ },
  },
];

const WRITES: readonly HostileCase[] = [
  {
    name: 'writes: -o into a missing folder fails before the scan',
    bound: 5 * SECOND,
    // Large enough that a scan takes longer than the bound: only a check made up front passes.
    build: (dirs) => writeFiles(dirs.repo, manyFiles(12_000)),
    args: (dirs) => ['-o', path.join(dirs.root, 'missing-dir', 'report.json')],
    expect: { exit: 2, stderr: /cannot write/ },
  },
  {
    name: 'writes: two scans writing one -o file at once leave one complete report and no temp files',
    bound: 30 * SECOND,
    build: (dirs) => {
      writeFiles(dirs.repo, { ...ORDINARY_FILES, 'serve.py': ML_CODE });
      mkdirSync(path.join(dirs.root, 'out'));
    },
    outputFile: 'out/report.json',
    concurrent: 2,
    expect: { exit: 0 },
  },
  {
    name: 'writes: -o at an existing symlink is refused and its target kept',
    bound: 30 * SECOND,
    build: (dirs) => {
      writeFiles(dirs.repo, ORDINARY_FILES);
      writeFileSync(path.join(dirs.outside, 'victim.txt'), 'precious\n');
      makeSymlink(path.join(dirs.outside, 'victim.txt'), path.join(dirs.root, 'report.json'));
    },
    args: (dirs) => ['-o', path.join(dirs.root, 'report.json')],
    expect: { exit: 2, stderr: /symbolic link/ },
  },
];

const HOSTILE_NAMES = ['new\nline.py', '\u001b[31mred.py', 'evil\u202eyp.py', `${IMG}.py`];

const NAMES_AND_CONTENT: readonly HostileCase[] = [
  {
    name: 'names: control characters, bidi overrides and HTML in file names are not emitted raw',
    bound: 30 * SECOND,
    build: (dirs) => gitRepo(dirs.repo, Object.fromEntries(HOSTILE_NAMES.map((name) => [name, ML_CODE]))),
    formats: ['terminal', 'html', 'markdown'],
    expect: {
      exit: 0,
      // The HTML checks mean something only when the hostile name is in the report at all.
      report: (report) => expect(report.answers.flatMap((a) => a.evidence.map((e) => e.file))).toContain(`${IMG}.py`),
      output: {
        terminal: (text) => {
          expect(text).not.toContain('\u001b');
          expect(text).not.toContain('\u202e');
        },
        html: (text) => expect(text).not.toContain('<img src=x onerror'),
        markdown: (text) => expect(markdownOutsideCode(text)).not.toContain('<img src=x onerror'),
      },
    },
  },
  {
    name: 'content: a README with <script> and javascript: links does not script the HTML report',
    bound: 30 * SECOND,
    build: (dirs) =>
      gitRepo(dirs.repo, {
        'README.md': '# Churn <script>alert(1)</script>\n\n## Business goals <script>alert(1)</script>\n\nReduce churn by 5% (KPI: monthly churn rate); see [the dashboard](javascript:alert(1)) and <a href="javascript:alert(1)">this</a>.\n',
      }),
    formats: ['html'],
    expect: {
      exit: 0,
      report: (report) => expect(report.answers.flatMap((a) => a.evidence.map((e) => e.file))).toContain('README.md'),
      output: {
        html: (text) => {
          expect(text).not.toContain('<script>alert(1)');
          expect(text).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
        },
      },
    },
  },
];

// ---------------------------------------------------------------------------------------------------
// Running and checking

interface BuiltCase {
  readonly dirs: CaseDirs;
  /** Paths (relative to <tmp>/case) the case writes on purpose. */
  readonly writes: readonly string[];
  readonly before: Snapshot;
}

interface Snapshot {
  readonly outside: Record<string, string>;
  readonly caseButRepo: Record<string, string>;
  readonly repo: Record<string, string>;
}

interface CaseRun {
  readonly built: BuiltCase;
  /** One run per format (json first), or `concurrent` runs of the same scan. */
  readonly runs: readonly (ScanRun & { readonly format: Format })[];
  readonly after: Snapshot;
  readonly marker: string | null;
}

function snapshot(dirs: CaseDirs, writes: readonly string[]): Snapshot {
  return { outside: digestTree(dirs.outside), caseButRepo: digestTree(dirs.root, ['repo', ...writes]), repo: digestTree(dirs.repo) };
}

function build(spec: HostileCase, dirs: CaseDirs): BuiltCase {
  const proofs = spec.build(dirs) ?? [];
  proveLive(dirs, proofs);
  const writes = spec.outputFile ? [spec.outputFile] : [];
  return { dirs, writes, before: snapshot(dirs, writes) };
}

function formatsOf(spec: HostileCase): Format[] {
  return spec.expect.exit === 0 ? ['json', ...(spec.formats ?? [])] : ['json'];
}

async function scan(spec: HostileCase, built: BuiltCase): Promise<CaseRun> {
  const killAfterMs = spec.bound + KILL_GRACE;
  const extra = [...(spec.args?.(built.dirs) ?? []), ...(spec.outputFile ? ['-o', path.join(built.dirs.root, spec.outputFile)] : [])];
  const once = async (format: Format) => ({
    format,
    ...(await runScanner([built.dirs.repo, '--format', format, ...(format === 'terminal' ? ['--no-color'] : []), ...extra], {
      killAfterMs,
      measureMemory: spec.peakRssMib !== undefined,
    })),
  });
  const runs: (ScanRun & { readonly format: Format })[] = [];
  if (spec.concurrent !== undefined) runs.push(...(await Promise.all(Array.from({ length: spec.concurrent }, () => once('json')))));
  else for (const format of formatsOf(spec)) runs.push(await once(format));
  const marker = existsSync(built.dirs.marker) ? readFileSync(built.dirs.marker, 'utf8') : null;
  return { built, runs, after: snapshot(built.dirs, built.writes), marker };
}

/** What the test of a case may wait for: its scans one after another, each killed at its bound plus grace. */
function testTimeout(spec: HostileCase): number {
  const scans = spec.concurrent ?? formatsOf(spec).length;
  return scans * (spec.bound + KILL_GRACE) + TEST_MARGIN;
}

function describeRun(r: ScanRun & { readonly format: Format }): string {
  const status = r.killed ? 'killed' : `exit ${String(r.code)}`;
  return `--format ${r.format}: ${status} after ${Math.round(r.elapsedMs)} ms; stderr: ${r.stderr.slice(0, 600)}`;
}

function parseReport(text: string, what: string): Report {
  try {
    return JSON.parse(text) as Report;
  } catch (error) {
    throw new Error(`${what} is not a JSON report (${String(error)}): ${text.slice(0, 300)}`);
  }
}

/** K: a report of the 60 criteria where no rule failed. */
function checkWholeReport(report: Report): void {
  expect(report.answers).toHaveLength(60);
  expect(report.answers.filter((a) => a.internalError !== null).map((a) => `${a.id}: ${a.internalError ?? ''}`)).toEqual([]);
}

function check(spec: HostileCase, result: CaseRun): void {
  const { built, runs, after } = result;
  for (const r of runs) {
    const how = describeRun(r);
    // (1) within the bound, (2) the exit code; a killed scan (it hung or was far too slow) fails both.
    expect.soft(r.killed ? 'killed: hung or far too slow' : r.code, how).toBe(spec.expect.exit);
    if (!r.killed) expect.soft(r.elapsedMs, `over the ${spec.bound} ms bound: ${how}`).toBeLessThanOrEqual(spec.bound);
    if (spec.peakRssMib !== undefined) {
      // Without /usr/bin/time there is no peak to read; the memory bound is then not checked.
      if (existsSync(TIME_BIN)) expect.soft(r.peakRssKb, `peak memory, ${how}`).toBeLessThan(spec.peakRssMib * 1024);
    }
  }
  // (4) nothing run, written or changed outside; repo/ untouched.
  expect.soft(result.marker, 'a planted program ran').toBeNull();
  expect.soft(after.outside, 'outside/ changed').toEqual(built.before.outside);
  expect.soft(after.caseButRepo, '<tmp>/case outside repo/ changed').toEqual(built.before.caseButRepo);
  expect.soft(after.repo, 'repo/ changed').toEqual(built.before.repo);

  if (spec.expect.exit === 2) {
    const stderrPattern = spec.expect.stderr;
    for (const r of runs) {
      if (r.code !== 2) continue;
      expect.soft(r.stdout).toBe('');
      expect.soft(r.stderr).toMatch(/^mlops-scan: [^\n]+\n$/);
      expect.soft(r.stderr).toMatch(stderrPattern);
    }
    return;
  }
  const expectation = spec.expect;
  for (const r of runs) {
    if (r.code !== 0) continue;
    for (const secret of expectation.never ?? []) expect.soft(r.stdout.includes(secret), `${secret} in the --format ${r.format} output`).toBe(false);
    if (r.format !== 'json') expectation.output?.[r.format]?.(r.stdout);
  }
  const json = runs.find((r) => r.format === 'json' && r.code === 0);
  if (json === undefined) return;
  const report = spec.outputFile
    ? parseReport(readFileSync(path.join(built.dirs.root, spec.outputFile), 'utf8'), spec.outputFile)
    : parseReport(json.stdout, 'stdout');
  checkWholeReport(report);
  for (const rule of expectation.skipped ?? []) {
    expect.soft(report.skipped, `skipped should list ${rule.file}`).toContainEqual({ file: rule.file, reason: expect.stringMatching(rule.reason) });
  }
  expectation.report?.(report);
  if (spec.outputFile) {
    const folder = path.dirname(path.join(built.dirs.root, spec.outputFile));
    expect(readdirSync(folder), 'files left beside the report').toEqual([path.basename(spec.outputFile)]);
  }
}

/** A describe block: its cases are built, then scanned in the background (in order), and checked one by one. */
function hostileSuite(title: string, cases: readonly HostileCase[]): void {
  describe(title, () => {
    const results = new Map<string, Promise<CaseRun>>();
    const made: CaseDirs[] = [];
    beforeAll(() => {
      assertScannerBuilt();
      const built = cases.map((spec): readonly [HostileCase, BuiltCase | Error] => {
        const dirs = newCase();
        made.push(dirs);
        try {
          return [spec, build(spec, dirs)];
        } catch (error) {
          return [spec, error instanceof Error ? error : new Error(String(error))];
        }
      });
      // Scans start only once every case is built: building blocks this thread, which would skew their timing.
      for (const [spec, b] of built) {
        const result = b instanceof Error ? Promise.reject(b) : run(() => scan(spec, b));
        result.catch(() => undefined);
        results.set(spec.name, result);
      }
    }, 120 * SECOND);
    afterAll(() => {
      if (process.env.HOSTILE_KEEP) return;
      for (const dirs of made) rmSync(dirs.tmp, { recursive: true, force: true });
    });
    for (const spec of cases) {
      it(
        spec.name,
        async () => {
          const result = results.get(spec.name);
          if (result === undefined) throw new Error(`case ${spec.name} was not built`);
          check(spec, await result);
        },
        testTimeout(spec),
      );
    }
  });
}

hostileSuite('A. code execution through git', GIT_EXECUTION);
hostileSuite('B. git config that hangs or explodes', GIT_CONFIG_HANGS);
hostileSuite('C. .git pointing outside', GITDIR_OUTSIDE);
hostileSuite('D. broken git', BROKEN_GIT);
hostileSuite('E. reads outside and hangs in the tree', TREE);
hostileSuite('F. algorithmic blow-ups', BLOW_UPS);
hostileSuite('G. nothing to scan', NOTHING_TO_SCAN);
hostileSuite('H. the answers file', ANSWERS_FILE);
hostileSuite('I. writes', WRITES);
hostileSuite('J. hostile names and content', NAMES_AND_CONTENT);

describe('I. writes, --interactive', () => {
  // --interactive needs a terminal, so this one runs in-process through main() with a scripted prompter.
  it(
    'writes: --interactive never writes the .bak through a symlink',
    async () => {
      const dirs = newCase();
      try {
        writeFiles(dirs.repo, ORDINARY_FILES);
        writeFileSync(path.join(dirs.repo, 'mlops-assessment.yaml'), ANSWERS_YAML);
        const victim = path.join(dirs.outside, 'victim.txt');
        writeFileSync(victim, 'precious\n');
        makeSymlink(victim, path.join(dirs.repo, 'mlops-assessment.yaml.bak'));
        const before = digestTree(dirs.outside);
        // Imported here, not at the top: the rest of the suite runs the built CLI and must not depend on src loading.
        const { main } = await import('../../src/cli/main.js');
        const { scriptedPrompter } = await import('../cli/interactive/scripted-prompter.js');
        let stdout = '';
        let stderr = '';
        const code = await main(['node', 'mlops-scan', dirs.repo, '--interactive', '--format', 'json'], {
          isTty: false,
          canPrompt: true,
          prompter: scriptedPrompter([{ choose: 'yes' }, { comment: '' }, 'abort']),
          now: () => new Date('2025-03-01T10:00:00.000Z'),
          stdout: (text) => {
            stdout += text;
          },
          stderr: (text) => {
            stderr += text;
          },
        });
        expect.soft(code, `stderr: ${stderr}; stdout: ${stdout.slice(0, 200)}`).toBe(2);
        expect.soft(stderr).toMatch(/^mlops-scan: [^\n]*symbolic link[^\n]*\n$/);
        expect.soft(readFileSync(victim, 'utf8')).toBe('precious\n');
        expect(digestTree(dirs.outside)).toEqual(before);
      } finally {
        if (!process.env.HOSTILE_KEEP) rmSync(dirs.tmp, { recursive: true, force: true });
      }
    },
    60 * SECOND,
  );
});
