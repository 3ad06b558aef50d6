import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { gitWorkTree } from './git.js';
import { listFolder, listGitTracked, listGitUntracked, vendoredSegment } from './listing.js';
import { decodeText } from './text.js';

export const MAX_FILE_BYTES = 1024 * 1024;
/**
 * Notebooks carry their cell outputs (plots, tables) in the file: a 3 MB notebook often holds 50 KB of
 * code and prose, which is all the scanner reads of it. Their cap is higher so they are not lost.
 */
export const MAX_NOTEBOOK_BYTES = 8 * 1024 * 1024;

export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

export interface GitInfo {
  /** Absolute path of the work tree's top level (the target may be a folder inside it). */
  readonly top: string;
  readonly head: string | null;
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
  private untrackedList: Promise<string[]> | null = null;
  private readonly realRoot: string;

  private constructor(
    readonly root: string,
    readonly git: GitInfo | null,
    files: readonly string[],
  ) {
    const kept: string[] = [];
    for (const file of files) {
      const vendored = vendoredSegment(file);
      if (vendored === null) kept.push(file);
    }
    this.files = kept.sort();
    this.fileSet = new Set(this.files);
    this.realRoot = realpathSync(root);
  }

  static async open(root: string): Promise<RepoIndex> {
    const absolute = path.resolve(root);
    const git = await gitWorkTree(absolute);
    const files = git ? await listGitTracked(absolute) : await listFolder(absolute);
    return new RepoIndex(absolute, git, files);
  }

  get commit(): string | null {
    return this.git?.head ?? null;
  }

  has(file: string): boolean {
    return this.fileSet.has(file);
  }

  /**
   * Files matching any of the globs (picomatch syntax, `dot: true`), in path order. Memoised: detectors
   * and rules ask for the same patterns many times, and each ask walks every path of a large repository.
   */
  matching(globs: string | readonly string[]): string[] {
    const patterns = typeof globs === 'string' ? [globs] : [...globs];
    const key = patterns.join('\0');
    let found = this.matches.get(key);
    if (!found) {
      const isMatch = picomatch(patterns, { dot: true });
      found = this.files.filter((file) => isMatch(file));
      this.matches.set(key, found);
    }
    return [...found];
  }

  /** Files whose base name matches (case-insensitive), e.g. `named(/^dockerfile/i)`. */
  named(pattern: RegExp): string[] {
    return this.files.filter((file) => pattern.test(path.posix.basename(file)));
  }

  /** Files present in a git work tree but not tracked; empty outside git. */
  untracked(): Promise<string[]> {
    if (!this.git) return Promise.resolve([]);
    this.untrackedList ??= listGitUntracked(this.root).then((files) => files.filter((f) => !vendoredSegment(f)));
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

  /** Absolute path of a listed file, for tools that need one (never outside the target). */
  absolute(file: string): string {
    return path.join(this.root, file);
  }

  private read(file: string): string | null {
    if (!this.fileSet.has(file)) return null;
    const full = path.join(this.root, file);
    try {
      // lstat first: a symlink is judged by where it points before anything is opened.
      let stat = lstatSync(full);
      if (stat.isSymbolicLink()) {
        if (!this.insideRoot(realpathSync(full))) {
          this.skip(file, 'symlink pointing outside the repository (not followed)');
          return null;
        }
        stat = statSync(full);
      }
      if (!stat.isFile()) {
        this.skip(file, 'not a regular file');
        return null;
      }
      const notebook = file.endsWith('.ipynb');
      if (stat.size > (notebook ? MAX_NOTEBOOK_BYTES : MAX_FILE_BYTES)) {
        this.skip(file, `larger than ${notebook ? '8 MiB (notebook)' : '1 MiB'} (${stat.size} bytes)`);
        return null;
      }
      const text = decodeText(readFileSync(full));
      if (text === null) this.skip(file, 'binary file');
      return text;
    } catch (error) {
      this.skip(file, `unreadable: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      return null;
    }
  }

  private insideRoot(real: string): boolean {
    const relative = path.relative(this.realRoot, real);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  }
}
