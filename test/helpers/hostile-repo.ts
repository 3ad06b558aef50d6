import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  chmodSync,
  closeSync,
  existsSync,
  ftruncateSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { git, tempDir, writeFiles } from './fixture-repo.js';

/**
 * Builders for hostile-repository tests. Every case lives in a fresh `<tmp>/case/` holding `repo/` (what
 * is scanned) and `outside/` (a sibling the scanner must never read from or write to: it holds a secret
 * and is where planted programs leave their marker). The scanner always runs as a child process, in its
 * own process group, so a hang is killed together with any git it started.
 */

export const SCANNER_BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/mlops-scan.js');
const SCANNER_ENTRY = path.resolve(path.dirname(SCANNER_BIN), '../dist/src/cli/main.js');

/** A unique string kept only in outside/: it must never reach the scanner's output. */
export const SECRET_TOKEN = 'HOSTILE-SECRET-TOKEN-5b1e0f9a';

export interface CaseDirs {
  /** `<tmp>` (holds `case/`); scratch space of the test, not watched. */
  readonly tmp: string;
  /** `<tmp>/case`: everything in it except `repo/` must be unchanged by a scan. */
  readonly root: string;
  readonly repo: string;
  readonly outside: string;
  /** Where planted programs write; it must never exist after a scan. */
  readonly marker: string;
}

export function newCase(): CaseDirs {
  const tmp = tempDir('mlops-hostile-');
  const root = path.join(tmp, 'case');
  const dirs = { tmp, root, repo: path.join(root, 'repo'), outside: path.join(root, 'outside'), marker: path.join(root, 'outside', 'marker') };
  mkdirSync(dirs.repo, { recursive: true });
  mkdirSync(dirs.outside);
  writeFileSync(path.join(dirs.outside, 'secret.txt'), `${SECRET_TOKEN}\n`);
  return dirs;
}

/** The ordinary content every repository gets, so that there is something to scan. */
export const ORDINARY_FILES: Readonly<Record<string, string>> = { 'train.py': 'import sklearn\n\nmodel = sklearn.linear_model.LogisticRegression()\n' };

/** Writes `files` (plus the ordinary ones) and makes `dir` a git repository with one commit of them. */
export function gitRepo(dir: string, files: Readonly<Record<string, string>> = {}, subject = 'Initial commit'): void {
  writeFiles(dir, { ...ORDINARY_FILES, ...files });
  git(dir, ['init', '-q']);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '--allow-empty', '-m', subject]);
}

/**
 * A `#!/bin/sh` program at `file` that appends its name and arguments to the case's marker: if it ever
 * runs, the marker exists and says who ran it.
 */
export function plantProgram(dirs: CaseDirs, file: string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `#!/bin/sh\necho "${path.basename(file)} $*" >> '${dirs.marker}'\nexit 0\n`);
  chmodSync(file, 0o755);
  return file;
}

export function makeFifo(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  rmSync(file, { force: true });
  const made = spawnSync('mkfifo', [file]);
  if (made.status !== 0) throw new Error(`mkfifo ${file} failed: ${made.stderr.toString()}`);
}

/** A file of `bytes` bytes that takes no disk space (all holes). */
export function makeSparse(file: string, bytes: number): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const fd = openSync(file, 'w');
  try {
    ftruncateSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
}

export function makeSymlink(target: string, file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  rmSync(file, { force: true });
  symlinkSync(target, file);
}

/** Appends raw text to `.git/config`: `git config` itself would read (and hang on) the hostile includes. */
export function appendGitConfig(repo: string, text: string): void {
  appendFileSync(path.join(repo, '.git', 'config'), `\n${text.trim()}\n`);
}

/** Runs git with stdin; for plumbing (`hash-object --stdin`) the shared `git` helper cannot feed. */
function gitWithInput(dir: string, args: readonly string[], input: string): string {
  const result = spawnSync('git', [...args], { cwd: dir, input, encoding: 'utf8', timeout: 10_000 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout.trim();
}

/**
 * Puts a commit carrying a (fake) `gpgsig` header on top of main, so that any `git log` that shows
 * signatures hands it to `gpg.program`.
 */
export function commitFakeSigned(repo: string, subject: string): void {
  const tree = git(repo, ['rev-parse', 'HEAD^{tree}']).trim();
  const parent = git(repo, ['rev-parse', 'HEAD']).trim();
  const who = 'Fixture Author <author@example.com> 1735732800 +0000';
  const signature = ['-----BEGIN PGP SIGNATURE-----', '', 'iQEzBAABCAAdFiEEZmFrZSBzaWduYXR1cmUgZm9yIGEgdGVzdA==', '=fake', '-----END PGP SIGNATURE-----'];
  const body = [`tree ${tree}`, `parent ${parent}`, `author ${who}`, `committer ${who}`, `gpgsig ${signature.map((l, i) => (i === 0 ? l : ` ${l}`)).join('\n')}`, '', subject, ''];
  const sha = gitWithInput(repo, ['hash-object', '-t', 'commit', '-w', '--stdin'], body.join('\n'));
  git(repo, ['update-ref', 'refs/heads/main', sha]);
}

/** A git command that, run plainly in the hostile repository, runs a planted program. */
export interface GitProof {
  readonly args: readonly string[];
  readonly input?: string;
}

/**
 * Proves a case is live: each command, run with a plain git (no protections), must run a planted
 * program. The marker is then removed, so the scan starts from a clean outside/.
 */
export function proveLive(dirs: CaseDirs, proofs: readonly GitProof[]): void {
  for (const proof of proofs) {
    const env = { ...withoutGitEnv(), GIT_TERMINAL_PROMPT: "0" };
    spawnSync('git', [...proof.args], { cwd: dirs.repo, input: proof.input ?? '', env, timeout: 10_000, killSignal: 'SIGKILL' });
    if (!existsSync(dirs.marker)) throw new Error(`case is not live: plain \`git ${proof.args.join(' ')}\` ran no planted program`);
    rmSync(dirs.marker);
  }
}

/** The test process's environment without GIT_* variables (a test run from a git hook would leak GIT_DIR). */
function withoutGitEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_')));
}

/** Files above this are fingerprinted by size and mtime instead of content (sparse 10 GiB files). */
const HASH_LIMIT = 16 * 1024 * 1024;

/**
 * Path (relative, posix) → type, mode and content hash of everything under `dir`, never following a
 * link and never opening anything but regular files (a FIFO would block). `exclude` holds relative paths
 * left out with everything below them.
 */
export function digestTree(dir: string, exclude: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (relative: string): void => {
    const full = path.join(dir, relative);
    for (const name of readdirSync(full).sort()) {
      const rel = relative === '' ? name : `${relative}/${name}`;
      if (exclude.includes(rel)) continue;
      const stat = lstatSync(path.join(dir, rel));
      const mode = stat.mode.toString(8);
      if (stat.isDirectory()) {
        out[rel] = `dir ${mode}`;
        walk(rel);
      } else if (stat.isSymbolicLink()) {
        out[rel] = `link ${mode} -> ${readlinkSync(path.join(dir, rel))}`;
      } else if (stat.isFile()) {
        const content = stat.size <= HASH_LIMIT ? createHash('sha256').update(readFileSync(path.join(dir, rel))).digest('hex') : `${stat.size}@${stat.mtimeMs}`;
        out[rel] = `file ${mode} ${content}`;
      } else {
        out[rel] = `other ${mode}`;
      }
    }
  };
  walk('');
  return out;
}

export interface ScanRun {
  /** Exit code, or null when killed. */
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly elapsedMs: number;
  /** Killed after `killAfterMs`: it hung or was far too slow. */
  readonly killed: boolean;
  /** Peak resident memory (kB) from /usr/bin/time when asked and available, else null. */
  readonly peakRssKb: number | null;
}

export const TIME_BIN = '/usr/bin/time';

/** The compiled CLI must exist: the suite runs it as a user does (`npm run build` first). */
export function assertScannerBuilt(): void {
  if (!existsSync(SCANNER_ENTRY)) throw new Error(`${SCANNER_ENTRY} is missing: run \`npm run build\` first`);
}

/**
 * Runs `node bin/mlops-scan.js ...args` with stdin closed, in a process group of its own, killed with
 * SIGKILL (with everything it started) after `killAfterMs`.
 */
export function runScanner(args: readonly string[], options: { readonly killAfterMs: number; readonly measureMemory?: boolean }): Promise<ScanRun> {
  const scratch = options.measureMemory && existsSync(TIME_BIN) ? tempDir('mlops-hostile-time-') : null;
  const memory = scratch === null ? null : path.join(scratch, 'rss');
  const command = [process.execPath, SCANNER_BIN, ...args];
  const [file, ...argv] = memory === null ? command : [TIME_BIN, '-f', '%M', '-o', memory, ...command];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(file ?? process.execPath, argv, { detached: true, stdio: ['pipe', 'pipe', 'pipe'], env: withoutGitEnv() });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let killed = false;
    let elapsedMs = 0;
    const killGroup = (): void => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // The group is gone already.
      }
    };
    const timer = setTimeout(() => {
      killed = true;
      killGroup();
    }, options.killAfterMs);
    child.stdin.end();
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('exit', () => {
      elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
      clearTimeout(timer);
      // Whatever the scanner left running (a git blocked on a FIFO) would hold the pipes open.
      killGroup();
    });
    child.on('close', (code) => {
      // /usr/bin/time writes "Command exited with non-zero status N" first, the peak on the last line.
      const peakRssKb = memory !== null && existsSync(memory) ? Number.parseInt(readFileSync(memory, 'utf8').trim().split('\n').at(-1) ?? '', 10) : null;
      if (scratch !== null) rmSync(scratch, { recursive: true, force: true });
      resolve({
        code: killed ? null : code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        elapsedMs,
        killed,
        peakRssKb,
      });
    });
  });
}

/** Runs at most `n` jobs at a time, in the order they were queued. */
export function limiter(n: number): <T>(job: () => Promise<T>) => Promise<T> {
  let active = 0;
  const queue: (() => void)[] = [];
  const release = (): void => {
    active -= 1;
    queue.shift()?.();
  };
  return <T>(job: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const start = (): void => {
        active += 1;
        job().then(resolve, reject).finally(release);
      };
      if (active < n) start();
      else queue.push(start);
    });
}
