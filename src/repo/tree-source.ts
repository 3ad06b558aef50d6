import path from 'node:path';
import { openGitRepository, type GitCommand, type GitRepository, type GitResult } from './git.js';
import type { IndexSource } from './repo-index.js';
import { MAX_FILE_BYTES, MAX_NOTEBOOK_BYTES } from './repo-index.js';
import { describeSize, type ReadResult } from './safe-read.js';

/** A commit on the first-parent line of HEAD. */
export interface Commit {
  readonly sha: string;
  /** Committer date, seconds since the epoch. */
  readonly time: number;
}

/** A tag and the commit it names (the commit below an annotated tag). */
export interface TagCommit {
  readonly tag: string;
  readonly commit: string;
}

/** One `git cat-file --batch` call asks for at most this much, well under the runner's output cap. */
const BATCH_BYTES = 32 * 1024 * 1024;
const FIELD = /^(\d{6}) (\w+) ([0-9a-f]{40,64}) +(-|\d+)\t/;

interface TreeEntry {
  readonly mode: string;
  readonly type: string;
  readonly blob: string;
  readonly size: number | null;
}

/**
 * The trees of past commits, read straight from the object store through the one git runner
 * (`ls-tree`, `cat-file --batch`): nothing is checked out, and the user's work tree, index and refs are
 * never written. Blobs are fetched once and kept by id, so a file that did not change between two
 * commits is read from git once for all of them.
 */
export class CommitTrees {
  private readonly blobs = new Map<string, Buffer>();
  /** Whether the clone is shallow is a fact of the repository, not of a commit: git is asked once for every point. */
  private shallow: Promise<GitResult> | null = null;

  private constructor(
    /** The scanned folder (absolute), which may be inside the work tree's top. */
    readonly root: string,
    private readonly git: GitRepository,
    /** The scanned folder relative to the top, with a trailing slash; empty at the top. */
    private readonly prefix: string,
  ) {}

  /** The repository holding `root`; a reason when there is none or it has no commits. */
  static async open(root: string, note: (file: string, reason: string) => void): Promise<CommitTrees | string> {
    const absolute = path.resolve(root);
    const git = await openGitRepository(absolute, note);
    if (!git) return `${root} is not in a git repository whose history can be read`;
    if (git.head === null) return `${root}: the repository has no commits yet`;
    const relative = path.relative(git.top, absolute).split(path.sep).join('/');
    return new CommitTrees(absolute, git, relative === '' ? '' : `${relative}/`);
  }

  get head(): string | null {
    return this.git.head;
  }

  /** HEAD's first-parent history, oldest first (`range`: only the commits after `from` up to `to`). */
  async firstParent(range?: { readonly from: string; readonly to: string }): Promise<Commit[]> {
    const at = range ? `${range.from}..${range.to}` : undefined;
    const out = await this.must({ kind: 'log', limit: 1_000_000, format: '%H %ct', nameOnly: false, paths: [], ...(at ? { at } : {}) });
    return out
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => {
        const [sha = '', time = '0'] = line.split(' ');
        return { sha, time: Number(time) };
      })
      .reverse();
  }

  /** Every tag naming a commit. */
  async tags(): Promise<TagCommit[]> {
    const out = await this.must({ kind: 'tag-commits' });
    return out
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => {
        const [tag = '', object = '', peeled = ''] = line.split('\t');
        return { tag, commit: peeled || object };
      });
  }

  /** The scanned folder's files at `commit`, ready for `RepoIndex.fromSource`. */
  async at(commit: string): Promise<IndexSource> {
    const listing = await this.must({ kind: 'ls-tree', commit });
    const entries = new Map<string, TreeEntry>();
    const skips = new Map<string, string>();
    for (const record of listing.split('\0')) {
      const match = FIELD.exec(record);
      if (!match) continue;
      const full = record.slice(match[0].length);
      if (!full.startsWith(this.prefix)) continue;
      const file = full.slice(this.prefix.length);
      const [, mode = '', type = '', blob = '', size = '-'] = match;
      if (type !== 'blob') skips.set(file, 'a submodule (not scanned)');
      else if (mode === '120000') skips.set(file, 'a symlink (not followed when reading a commit)');
      entries.set(file, { mode, type, blob, size: size === '-' ? null : Number(size) });
    }
    await this.fetch([...entries].filter(([file, e]) => e.type === 'blob' && e.mode !== '120000' && (e.size ?? 0) <= capOf(file)).map(([, e]) => e));
    const read = (file: string, cap: number): ReadResult => {
      const entry = entries.get(file);
      if (!entry) return { ok: false, reason: 'not in the commit' };
      const skipped = skips.get(file);
      if (skipped) return { ok: false, reason: skipped };
      if ((entry.size ?? 0) > cap) return { ok: false, reason: `larger than ${describeSize(cap)} (${entry.size} bytes)` };
      const bytes = this.blobs.get(entry.blob);
      return bytes ? { ok: true, bytes } : { ok: false, reason: 'its blob could not be read from git' };
    };
    return { root: this.root, git: this.atCommit(commit), files: [...entries.keys()], skips, read };
  }

  /** Fetches the blobs not read yet, in batches. */
  private async fetch(wanted: readonly TreeEntry[]): Promise<void> {
    const missing = [...new Map(wanted.filter((e) => !this.blobs.has(e.blob)).map((e) => [e.blob, e])).values()];
    let batch: TreeEntry[] = [];
    let bytes = 0;
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      const result = await this.git.run({ kind: 'cat-blobs', blobs: batch.map((e) => e.blob) });
      if (result.ok && result.bytes) this.keep(result.bytes);
      batch = [];
      bytes = 0;
    };
    for (const entry of missing) {
      if (bytes + (entry.size ?? 0) > BATCH_BYTES) await flush();
      batch.push(entry);
      bytes += entry.size ?? 0;
    }
    await flush();
  }

  /** Splits `cat-file --batch` output: `<id> <type> <size>\n<content>\n` per object. */
  private keep(output: Buffer): void {
    let at = 0;
    while (at < output.length) {
      const end = output.indexOf(10, at);
      if (end === -1) return;
      const [id = '', type = '', size = ''] = output.subarray(at, end).toString('latin1').split(' ');
      if (type === 'missing' || size === '') {
        at = end + 1;
        continue;
      }
      const length = Number(size);
      this.blobs.set(id, output.subarray(end + 1, end + 1 + length));
      at = end + 1 + length + 1;
    }
  }

  /** The repository as it was at `commit`: HEAD is that commit, and history and tags stop there. */
  private atCommit(commit: string): GitRepository {
    const git = this.git;
    return {
      top: git.top,
      head: commit,
      run: (command: GitCommand): Promise<GitResult> => {
        if (command.kind === 'log' && command.at === undefined) return git.run({ ...command, at: commit });
        if (command.kind === 'tags' && command.at === undefined) return git.run({ ...command, at: commit });
        if (command.kind === 'is-shallow') return (this.shallow ??= git.run(command));
        return git.run(command);
      },
    };
  }

  private async must(command: GitCommand): Promise<string> {
    const result = await this.git.run(command);
    if (!result.ok) throw new GitHistoryError(result.reason);
    return result.stdout;
  }
}

/** git could not list the history or a tree: the trend cannot be computed (one line, exit 2). */
export class GitHistoryError extends Error {}

function capOf(file: string): number {
  return file.endsWith('.ipynb') ? MAX_NOTEBOOK_BYTES : MAX_FILE_BYTES;
}
