import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { entryKind, isInside, readInTree, treeRoot, type TreeRoot } from './safe-read.js';

/**
 * The one way the scanner reads git. The scanned repository is untrusted, and so is its git
 * configuration: `.git/config` can name programs (gpg.program with log.showSignature, core.fsmonitor,
 * filter and textconv drivers, pagers), include files from anywhere, and set keys no list of `-c`
 * overrides can foresee. So git never reads it: each repository is opened through a *shadow git dir*,
 * a temp folder holding our own minimal config and links to the repository's objects and refs, and git
 * runs with GIT_DIR set to it, no system or global config, a closed environment, no pager, a timeout
 * and a cap on its output. Only the read-only commands below can be run.
 */
export type GitCommand =
  | { readonly kind: 'ls-files' }
  | { readonly kind: 'head' }
  | { readonly kind: 'is-shallow' }
  | { readonly kind: 'tags'; /** Only the tags reachable from this commit (a past commit's view). */ readonly at?: string }
  | {
      readonly kind: 'log';
      readonly limit: number;
      readonly format: string;
      /** List the files each commit changed (against its first parent). */
      readonly nameOnly: boolean;
      /** Pathspecs relative to the work tree's top; empty for the whole history. */
      readonly paths: readonly string[];
      /** The history of this commit (or `<sha>..<sha>`, a range) instead of HEAD's. */
      readonly at?: string;
    }
  /** Every file of a commit's tree, with mode, blob id and size (`git ls-tree -r -z -l`). */
  | { readonly kind: 'ls-tree'; readonly commit: string }
  /** The contents of blobs by id (`git cat-file --batch`); the result has `bytes`. */
  | { readonly kind: 'cat-blobs'; readonly blobs: readonly string[] }
  /** Each tag with the object it names and, for an annotated tag, the commit below it. */
  | { readonly kind: 'tag-commits' };

export type GitResult = { readonly ok: true; readonly stdout: string; /** Raw output, for `cat-blobs`. */ readonly bytes?: Buffer } | { readonly ok: false; readonly reason: string };

export interface GitRepository {
  /** Absolute path of the work tree's top level (the scanned folder may be inside it). */
  readonly top: string;
  /** HEAD's sha, or null in a repository with no commits. */
  readonly head: string | null;
  run(command: GitCommand): Promise<GitResult>;
}

/** Something that could not be used, as the report's skipped list shows it (path relative to the scanned folder). */
export type NoteSkipped = (file: string, reason: string) => void;

const GIT_TIMEOUT_MS = 30_000;
const MAX_GIT_OUTPUT_BYTES = 64 * 1024 * 1024;
const SMALL_FILE = 64 * 1024;
const MAX_CONFIG_BYTES = 1024 * 1024;
const MAX_SHALLOW_BYTES = 16 * 1024 * 1024;

/** Settings passed with `-c` as a second guard; the shadow config already leaves all of them at git's defaults. */
const OVERRIDES = [
  'core.quotePath=false',
  'core.fsmonitor=false',
  'core.pager=cat',
  'log.showSignature=false',
  'log.mailmap=false',
  'diff.external=',
  'safe.directory=*',
];

function argsFor(command: GitCommand): string[] {
  switch (command.kind) {
    case 'ls-files':
      return ['ls-files', '-z', '--cached'];
    case 'head':
      return ['rev-parse', '--verify', '--quiet', 'HEAD'];
    case 'is-shallow':
      return ['rev-parse', '--is-shallow-repository'];
    case 'tags':
      return ['tag', '--list', '--sort=-creatordate', ...(command.at ? ['--merged', revision(command.at)] : [])];
    case 'ls-tree':
      return ['ls-tree', '-r', '-z', '-l', '--full-tree', revision(command.commit)];
    case 'cat-blobs':
      return ['cat-file', '--batch'];
    case 'tag-commits':
      return ['for-each-ref', '--format=%(refname:short)%09%(objectname)%09%(*objectname)%09%(creatordate:unix)', 'refs/tags'];
    case 'log':
      return [
        'log',
        '--no-show-signature',
        '--no-textconv',
        '--no-ext-diff',
        '--no-color',
        '--no-mailmap',
        '--first-parent',
        ...(command.nameOnly ? ['--no-renames', '--name-only'] : []),
        `-n${command.limit}`,
        `--format=${command.format}`,
        command.at ? revision(command.at) : 'HEAD',
        '--',
        ...command.paths,
      ];
  }
}

/**
 * A commit id, or a range of two, as git printed them. Anything else is a bug of ours: it could be read
 * as an option or a revision expression, so it is refused before git sees it.
 */
function revision(rev: string): string {
  if (!/^[0-9a-f]{40,64}(\.\.[0-9a-f]{40,64})?$/.test(rev)) throw new Error(`not a commit id: ${JSON.stringify(rev)}`);
  return rev;
}

/**
 * Finds the git repository holding `dir` (the folder itself or one above it, as git would) and opens
 * it through a shadow git dir. Null when there is none, or when its metadata cannot be read safely:
 * then the folder is scanned as plain files, and `note` says why git was not used.
 */
export async function openGitRepository(dir: string, note: NoteSkipped): Promise<GitRepository | null> {
  const found = findGitDir(path.resolve(dir), note);
  if (!found) return null;
  const shadow = makeShadow(found, (file, reason) => note(path.relative(dir, path.join(found.top, file)).split(path.sep).join('/'), reason));
  if (!shadow) return null;
  const run = (command: GitCommand): Promise<GitResult> =>
    runGit(argsFor(command), {
      cwd: command.kind === 'ls-files' ? path.resolve(dir) : found.top,
      env: shadow.env,
      ...(command.kind === 'cat-blobs' ? { input: `${command.blobs.join('\n')}\n`, binary: true } : {}),
    });
  const head = await run({ kind: 'head' });
  return { top: found.top, head: head.ok ? head.stdout.trim() || null : null, run };
}

export interface FoundGitDir {
  readonly top: string;
  /** The repository's git dir, a real folder inside `top`. */
  readonly gitDir: TreeRoot;
}

/** The git dir that holds `start` (itself or a folder above it), without following one that leads out of the tree. */
export function findGitDir(start: string, note: NoteSkipped): FoundGitDir | null {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const dotGit = path.join(dir, '.git');
    const shown = path.relative(start, dotGit).split(path.sep).join('/');
    switch (entryKind(dotGit)) {
      case 'directory':
        return { top: dir, gitDir: treeRoot(dotGit) };
      case 'file': {
        // A linked worktree or a submodule checkout: `.git` names the real git dir.
        const target = gitFileTarget(dir);
        if (target === null) {
          note(shown, 'a .git file without a readable gitdir line; scanned as plain files');
          return null;
        }
        const top = treeRoot(dir);
        if (entryKind(target) !== 'directory' || !isInside(top.real, treeRoot(target).real)) {
          note(shown, `points outside the repository (gitdir: ${target}); not followed, so the folder is scanned as plain files without history`);
          return null;
        }
        return { top: dir, gitDir: treeRoot(target) };
      }
      case 'symlink':
      case 'other':
        note(shown, 'not a folder or a .git file (a link or a special file); not followed, scanned as plain files');
        return null;
      case 'missing':
        break;
    }
    if (path.dirname(dir) === dir) return null;
  }
}

function gitFileTarget(dir: string): string | null {
  const read = readInTree(treeRoot(dir), '.git', SMALL_FILE);
  if (!read.ok) return null;
  const match = /^gitdir:[ \t]*(.+?)[ \t]*$/m.exec(read.bytes.toString('utf8'));
  return match?.[1] ? path.resolve(dir, match[1]) : null;
}

interface Shadow {
  readonly env: NodeJS.ProcessEnv;
}

const shadows = new Set<string>();
process.once('exit', () => {
  for (const dir of shadows) rmSync(dir, { recursive: true, force: true });
});

/**
 * Builds the shadow git dir, after checking each piece of the repository's metadata git will open:
 * regular files and real folders only (a FIFO would block git, a link could lead it out of the tree).
 * `note` takes paths relative to the work tree's top.
 */
function makeShadow({ top, gitDir }: FoundGitDir, note: NoteSkipped): Shadow | null {
  const inGitDir = (name: string): string => path.relative(top, path.join(gitDir.path, name)).split(path.sep).join('/');
  const refuse = (name: string, reason: string): null => {
    note(inGitDir(name), `${reason}; git history not read, the folder is scanned as plain files`);
    return null;
  };
  const headFile = readInTree(gitDir, 'HEAD', SMALL_FILE);
  if (!headFile.ok) return refuse('HEAD', headFile.reason);
  for (const folder of ['objects', 'refs']) {
    if (entryKind(path.join(gitDir.path, folder)) !== 'directory') return refuse(folder, 'not a real folder');
  }
  if (entryKind(path.join(gitDir.path, 'commondir')) !== 'missing') return refuse('commondir', 'a linked worktree, whose shared git dir is not followed');
  const alternates = checkAlternates(gitDir, top);
  if (alternates !== null) return refuse('objects/info/alternates', alternates);
  const optional: Record<string, 'file' | 'missing'> = {};
  for (const name of ['index', 'packed-refs', 'shallow']) {
    const kind = entryKind(path.join(gitDir.path, name));
    if (kind !== 'file' && kind !== 'missing') return refuse(name, 'not a regular file');
    optional[name] = kind;
  }
  const shallow = optional.shallow === 'file' ? readInTree(gitDir, 'shallow', MAX_SHALLOW_BYTES) : null;
  if (shallow && !shallow.ok) return refuse('shallow', shallow.reason);

  const dir = mkdtempSync(path.join(tmpdir(), 'mlops-scan-git-'));
  shadows.add(dir);
  symlinkSync(path.join(gitDir.path, 'objects'), path.join(dir, 'objects'), 'dir');
  symlinkSync(path.join(gitDir.path, 'refs'), path.join(dir, 'refs'), 'dir');
  if (optional['packed-refs'] === 'file') symlinkSync(path.join(gitDir.path, 'packed-refs'), path.join(dir, 'packed-refs'));
  writeFileSync(path.join(dir, 'HEAD'), headFile.bytes);
  if (shallow?.ok) writeFileSync(path.join(dir, 'shallow'), shallow.bytes);
  writeFileSync(path.join(dir, 'config'), shadowConfig(gitDir, inGitDir('config'), note));
  return {
    env: closedEnv({
      GIT_DIR: dir,
      GIT_WORK_TREE: top,
      GIT_INDEX_FILE: optional.index === 'file' ? path.join(gitDir.path, 'index') : path.join(dir, 'index'),
      GIT_CONFIG_GLOBAL: NULL_DEVICE,
      HOME: dir,
      XDG_CONFIG_HOME: dir,
    }),
  };
}

/** Alternates let git read objects from another repository: allowed only when they stay inside the tree. */
function checkAlternates(gitDir: TreeRoot, top: string): string | null {
  const file = 'objects/info/alternates';
  if (entryKind(path.join(gitDir.path, file)) === 'missing') return null;
  const read = readInTree(gitDir, file, SMALL_FILE);
  if (!read.ok) return read.reason;
  const realTop = treeRoot(top).real;
  const objects = path.join(gitDir.path, 'objects');
  for (const line of read.bytes.toString('utf8').split('\n')) {
    const entry = line.trim();
    if (entry === '' || entry.startsWith('#')) continue;
    const target = path.resolve(objects, entry);
    if (entryKind(target) !== 'directory' || !isInside(realTop, treeRoot(target).real)) {
      return `borrows objects from outside the repository (${entry})`;
    }
  }
  return null;
}

/**
 * Our config for the shadow git dir: only the repository format, so sha256 repositories still open.
 * The repository's own config is read (safely) for that alone, and an include in it is reported as not
 * followed, since a user may wonder why settings they keep there play no part.
 */
function shadowConfig(gitDir: TreeRoot, shown: string, note: NoteSkipped): string {
  const read = entryKind(path.join(gitDir.path, 'config')) === 'missing' ? null : readInTree(gitDir, 'config', MAX_CONFIG_BYTES);
  const text = read?.ok ? read.bytes.toString('utf8') : '';
  if (read && !read.ok) note(shown, `${read.reason}; not used (git is never given the repository's own config)`);
  if (/^\s*\[\s*include(if)?\b/im.test(text)) {
    note(shown, 'includes other files (include.path); not followed: git is never given the repository\'s own config');
  }
  const sha256 = /^\s*objectformat\s*=\s*sha256\s*$/im.test(text);
  return sha256
    ? '[core]\n\trepositoryformatversion = 1\n[extensions]\n\tobjectformat = sha256\n'
    : '[core]\n\trepositoryformatversion = 0\n';
}

const NULL_DEVICE = process.platform === 'win32' ? 'NUL' : '/dev/null';

/**
 * A fresh environment, not the caller's with a few keys changed: GIT_* variables inherited from a hook
 * or a CI job (GIT_DIR, GIT_CONFIG_PARAMETERS, GIT_EXTERNAL_DIFF, GIT_SSH_COMMAND, ...) would otherwise
 * steer git, and a pager or askpass program could run.
 */
function closedEnv(extra: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const keep = ['PATH', 'SYSTEMROOT', 'TMPDIR', 'TEMP', 'TMP'];
  const env: NodeJS.ProcessEnv = {};
  for (const key of keep) if (process.env[key] !== undefined) env[key] = process.env[key];
  return {
    ...env,
    LC_ALL: 'C',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_NO_REPLACE_OBJECTS: '1',
    GIT_ATTR_NOSYSTEM: '1',
    GIT_PAGER: 'cat',
    PAGER: 'cat',
    ...extra,
  };
}

/**
 * The name the person running the scan gives git (their global config), for answers recorded with
 * --interactive. Read from the global file only, from a neutral folder: never the repository's config.
 */
export async function gitUserName(): Promise<string | null> {
  const env = closedEnv({});
  for (const key of ['HOME', 'XDG_CONFIG_HOME', 'GIT_CONFIG_GLOBAL', 'USERPROFILE']) {
    if (process.env[key] !== undefined) env[key] = process.env[key];
  }
  const result = await runGit(['config', '--global', '--get', 'user.name'], { cwd: tmpdir(), env });
  return result.ok ? result.stdout.trim() || null : null;
}

interface RunOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Written to git's stdin (object ids for `cat-file --batch`). */
  readonly input?: string;
  /** Keep the output as bytes (blob contents), not text. */
  readonly binary?: boolean;
}

async function runGit(args: readonly string[], options: RunOptions): Promise<GitResult> {
  return new Promise((resolve) => {
    const child = spawn('git', [...OVERRIDES.flatMap((entry) => ['-c', entry]), ...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: 'pipe',
      windowsHide: true,
    });
    // git closing its end early (it failed) is reported by its exit code, not as a write error.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
    const chunks: Buffer[] = [];
    let bytes = 0;
    let failure: string | null = null;
    let stderr = '';
    const stop = (reason: string): void => {
      failure ??= reason;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop(`git ${args[0]} timed out after ${GIT_TIMEOUT_MS / 1000} s`), GIT_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > MAX_GIT_OUTPUT_BYTES) stop(`git ${args[0]} printed more than ${MAX_GIT_OUTPUT_BYTES / (1024 * 1024)} MiB`);
      else chunks.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 2000) stderr += chunk.toString('utf8');
    });
    const finish = (result: GitResult): void => {
      clearTimeout(timer);
      resolve(result);
    };
    child.on('error', (error) => finish({ ok: false, reason: `git could not be run (${(error as NodeJS.ErrnoException).code ?? error.message})` }));
    child.on('close', (code) => {
      if (failure !== null) finish({ ok: false, reason: failure });
      else if (code !== 0) finish({ ok: false, reason: `git ${args[0]} failed${firstLine(stderr)}` });
      else if (options.binary) finish({ ok: true, stdout: '', bytes: Buffer.concat(chunks, bytes) });
      else finish({ ok: true, stdout: Buffer.concat(chunks, bytes).toString('utf8') });
    });
  });
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '');
  return line ? `: ${line.trim().slice(0, 200)}` : '';
}

/** A bare repository (or a `.git` folder itself): git metadata with no work tree to scan. */
export function isBareGitDir(dir: string): boolean {
  return (
    entryKind(path.join(dir, 'HEAD')) === 'file' &&
    entryKind(path.join(dir, 'objects')) === 'directory' &&
    entryKind(path.join(dir, 'refs')) === 'directory' &&
    entryKind(path.join(dir, '.git')) === 'missing'
  );
}

/** NUL-separated path listing (`git ls-files -z ...`) split into paths. */
export function splitNul(output: string): string[] {
  return output.split('\0').filter((p) => p.length > 0);
}
