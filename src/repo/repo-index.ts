import path from 'node:path';
import picomatch from 'picomatch';
import { FileLookup } from './file-lookup.js';
import { openGitRepository, splitNul, type GitRepository } from './git.js';
import { listFolder, vendoredSegment } from './listing.js';
import { readInTree, treeRoot, type ReadResult, type TreeRoot } from './safe-read.js';
import { decodeText } from './text.js';

export const MAX_FILE_BYTES = 1024 * 1024;
/**
 * Notebooks carry their cell outputs (plots, tables) in the file: a 3 MB notebook often holds 50 KB of
 * code and prose, which is all the scanner reads of it. Their cap is higher so they are not lost.
 */
export const MAX_NOTEBOOK_BYTES = 8 * 1024 * 1024;

/** Files left out on request (the repository's `.mlops-scan.yaml`): the patterns and how many files they took. */
export interface IgnoredFiles {
  readonly patterns: readonly string[];
  readonly files: number;
}

export interface IndexOptions {
  /** Globs of files to leave out (the repository's config); counted in `ignored`. */
  readonly ignore?: readonly string[];
  /**
   * Folders (relative to the root) whose files are not part of this scan and are not reported as
   * ignored: the other projects of a monorepo when one project is assessed (`--projects`).
   */
  readonly leaveOut?: readonly string[];
}

export type FileReader = (file: string, cap: number) => ReadResult;

/** A tree to index that is not the work tree: its files, what could not be used, and how to read a file. */
export interface IndexSource {
  readonly root: string;
  readonly git: GitRepository | null;
  readonly files: readonly string[];
  readonly skips: ReadonlyMap<string, string>;
  readonly read: FileReader;
}

function insideAny(file: string, folders: readonly string[]): boolean {
  return folders.some((folder) => file.startsWith(`${folder}/`));
}

export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

/**
 * The files of the scanned repository: listed once (git-tracked files in a work tree, otherwise every
 * file honoring .gitignore), each read at most once and cached. The only code that reads the target.
 */
export class RepoIndex {
  readonly files: readonly string[];
  private readonly fileSet: ReadonlySet<string>;
  private readonly texts = new Map<string, string | null>();
  private readonly skips = new Map<string, string>();
  private readonly matches = new Map<string, readonly string[]>();
  private lookup: FileLookup | null = null;
  private untrackedList: Promise<string[]> | null = null;

  readonly ignored: IgnoredFiles;

  /** Reads a file of the index from somewhere else than the work tree (a commit: tree-source.ts). */
  private reader: FileReader | null = null;

  private constructor(
    private readonly tree: TreeRoot,
    readonly git: GitRepository | null,
    files: readonly string[],
    skips: ReadonlyMap<string, string>,
    ignore: readonly string[],
    leaveOut: readonly string[],
  ) {
    const listed = files.filter((file) => vendoredSegment(file) === null && !insideAny(file, leaveOut));
    // A pattern names files or folders, as in .gitignore: `vendor` and `vendor/` leave out everything below it.
    const isIgnored = ignore.length > 0 ? picomatch([...ignore, ...ignore.map((p) => `${p.replace(/\/+$/, '')}/**`)], { dot: true }) : () => false;
    this.files = listed.filter((file) => !isIgnored(file)).sort();
    this.ignored = { patterns: ignore, files: listed.length - this.files.length };
    this.fileSet = new Set(this.files);
    for (const [file, reason] of skips) this.skip(file, reason);
  }

  /**
   * Lists the folder: the files git tracks when it is in a git work tree whose metadata can be read
   * safely, otherwise every file honoring .gitignore. What could not be used is in `skipped`.
   */
  static async open(root: string, options: IndexOptions = {}): Promise<RepoIndex> {
    const tree = treeRoot(root);
    const skips = new Map<string, string>();
    const note = (file: string, reason: string): void => {
      if (!skips.has(file)) skips.set(file, reason);
    };
    const git = await openGitRepository(tree.path, note);
    const listed = git ? await git.run({ kind: 'ls-files' }) : null;
    if (listed && !listed.ok) note('.git', `${listed.reason}; the folder is scanned as plain files`);
    const tracked = listed?.ok ? splitNul(listed.stdout) : null;
    // A repository made with `git init` whose files are not added yet is a new project, not an empty one.
    const unborn = git !== null && git.head === null && tracked?.length === 0;
    const files = tracked !== null && !unborn ? tracked : await listFolder(tree, note);
    return new RepoIndex(tree, listed?.ok ? git : null, files, skips, options.ignore ?? [], options.leaveOut ?? []);
  }

  /**
   * The files of another tree than the work tree (a past commit), read through `source.read`; the work
   * tree is never listed or read, and nothing is untracked. `root` names the work tree for the report.
   */
  static fromSource(source: IndexSource, options: IndexOptions = {}): RepoIndex {
    const index = new RepoIndex(treeRoot(source.root), source.git, source.files, source.skips, options.ignore ?? [], options.leaveOut ?? []);
    index.reader = source.read;
    return index;
  }

  get root(): string {
    return this.tree.path;
  }

  get commit(): string | null {
    return this.git?.head ?? null;
  }

  has(file: string): boolean {
    return this.fileSet.has(file);
  }

  /**
   * Files matching any of the globs (picomatch syntax, `dot: true`), in path order. Memoised, and each
   * glob set compiled once per scan: detectors and rules ask for the same patterns many times. The
   * lookup tables narrow each ask to the files with the names or extensions it can match.
   */
  matching(globs: string | readonly string[]): string[] {
    const patterns = typeof globs === 'string' ? [globs] : [...globs];
    const key = patterns.join('\0');
    let found = this.matches.get(key);
    if (!found) {
      found = this.fileLookup().matching(patterns);
      this.matches.set(key, found);
    }
    return [...found];
  }

  /** Files whose base name matches (case-insensitive), e.g. `named(/^dockerfile/i)`. */
  named(pattern: RegExp): string[] {
    return this.fileLookup().named(pattern);
  }

  private fileLookup(): FileLookup {
    this.lookup ??= new FileLookup(this.files);
    return this.lookup;
  }

  /**
   * Files present in a git work tree but not tracked and not ignored; empty outside git. Listed by us,
   * not by `git ls-files --others`, because git would open every .gitignore itself, and one that is a
   * FIFO blocks it: here each goes through the safe reader.
   */
  untracked(): Promise<string[]> {
    const git = this.git;
    if (!git || this.reader) return Promise.resolve([]);
    this.untrackedList ??= (async () => {
      const exclude = path.join(git.top, '.git', 'info', 'exclude');
      const shown = path.relative(this.root, exclude).split(path.sep).join('/');
      const all = await listFolder(this.tree, (file, reason) => this.skip(file, reason), {
        shown,
        root: treeRoot(git.top),
        file: '.git/info/exclude',
      });
      return all.filter((file) => !this.fileSet.has(file) && vendoredSegment(file) === null);
    })();
    return this.untrackedList;
  }

  /**
   * The file's text, read once. Null (and recorded in `skipped`) when it is a symlink out of the
   * target, larger than 1 MiB, binary, or unreadable.
   */
  text(file: string): string | null {
    const cached = this.texts.get(file);
    if (cached !== undefined) return cached;
    const content = this.read(file);
    this.texts.set(file, content);
    return content;
  }

  lines(file: string): string[] {
    return this.text(file)?.split(/\r?\n/) ?? [];
  }

  /** Records a file that could be read but not understood (broken YAML, malformed notebook, ...). */
  skip(file: string, reason: string): void {
    if (!this.skips.has(file)) this.skips.set(file, reason);
  }

  get skipped(): SkippedFile[] {
    return [...this.skips].map(([file, reason]) => ({ file, reason })).sort((a, b) => a.file.localeCompare(b.file));
  }

  private read(file: string): string | null {
    if (!this.fileSet.has(file)) return null;
    const notebook = file.endsWith('.ipynb');
    const cap = notebook ? MAX_NOTEBOOK_BYTES : MAX_FILE_BYTES;
    const read = this.reader ? this.reader(file, cap) : readInTree(this.tree, file, cap);
    if (!read.ok) {
      this.skip(file, notebook && read.reason.startsWith('larger than') ? `${read.reason} (notebook)` : read.reason);
      return null;
    }
    const text = decodeText(read.bytes);
    if (text === null) this.skip(file, 'binary file');
    return text;
  }
}
