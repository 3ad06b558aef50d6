import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';

/**
 * The one way the scanner reads a file. Everything it opens, the scanned repository's files and git
 * metadata as much as a path the user named, goes through here, so that no file can make it block
 * (a FIFO, a device), take unbounded memory (/dev/zero, a sparse 10 GiB file) or read outside the
 * repository (a symlink out of the tree).
 */
export type ReadResult = { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly reason: string };

/** The root of a tree whose files are read with `readInTree`: its path and its real path (symlinks resolved). */
export interface TreeRoot {
  readonly path: string;
  readonly real: string;
  /** Folder (relative) → whether its real path is inside the tree; one realpath per folder, not per file. */
  readonly folderInside: Map<string, boolean>;
}

export function treeRoot(dir: string): TreeRoot {
  const absolute = path.resolve(dir);
  return { path: absolute, real: realpathSync(absolute), folderInside: new Map() };
}

/**
 * Reads `relative` (posix) under `root`. A symlink is followed only when it resolves inside the tree;
 * the file it reaches must still be a regular file no larger than `cap` bytes.
 */
export function readInTree(root: TreeRoot, relative: string, cap: number): ReadResult {
  const full = path.join(root.path, ...relative.split('/'));
  let stat: Stats;
  try {
    stat = lstatSync(full);
  } catch (error) {
    return unreadable(error);
  }
  let real = full;
  if (stat.isSymbolicLink()) {
    try {
      real = realpathSync(full);
    } catch (error) {
      // A loop or a dangling link: nothing to read either way.
      return { ok: false, reason: `broken symlink (${errorCode(error)})` };
    }
    if (!isInside(root.real, real)) return { ok: false, reason: 'symlink pointing outside the repository (not followed)' };
  } else if (!folderInside(root, path.posix.dirname(relative))) {
    // A folder on the way is a symlink out of the tree: a tracked path can run through one in a work tree.
    return { ok: false, reason: 'inside a symlinked folder pointing outside the repository (not followed)' };
  }
  return readRegular(real, cap);
}

function folderInside(root: TreeRoot, folder: string): boolean {
  let inside = root.folderInside.get(folder);
  if (inside === undefined) {
    try {
      inside = isInside(root.real, realpathSync(path.join(root.path, folder)));
    } catch {
      inside = false;
    }
    root.folderInside.set(folder, inside);
  }
  return inside;
}

/**
 * Reads a path the user named on the command line (`--answers FILE`, report inputs): the user's own
 * choice, so symlinks are followed, but it must still be a regular file within the size cap.
 */
export function readNamedByUser(file: string, cap: number): ReadResult {
  try {
    return readRegular(realpathSync(file), cap);
  } catch (error) {
    return unreadable(error);
  }
}

/** What is at `full` without following a link: for decisions made before anything is opened. */
export type EntryKind = 'file' | 'directory' | 'symlink' | 'missing' | 'other';

export function entryKind(full: string): EntryKind {
  try {
    const stat = lstatSync(full);
    if (stat.isSymbolicLink()) return 'symlink';
    if (stat.isFile()) return 'file';
    if (stat.isDirectory()) return 'directory';
    return 'other';
  } catch {
    return 'missing';
  }
}

/** Whether `dir` (followed if a link) is a directory; false when it does not exist. */
export function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Whether the folder of `relative` (a path the repository itself named) is reached through a symlink out
 * of `root`. A missing folder is not: nothing can be read from it, and a write into it is refused.
 */
export function leavesTree(root: string, relative: string): boolean {
  let real: string;
  try {
    real = realpathSync(path.join(root, path.dirname(relative)));
  } catch {
    return false;
  }
  return !isInside(realpathSync(root), real);
}

export function isInside(realRoot: string, real: string): boolean {
  const relative = path.relative(realRoot, real);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

export function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}

// O_NOFOLLOW: the path was checked to be no link, and must not become one before it is opened.
// O_NONBLOCK: opening a FIFO that replaced the file since the check returns at once instead of waiting.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
const SCRATCH = Buffer.allocUnsafe(64 * 1024);

function readRegular(real: string, cap: number): ReadResult {
  let fd: number;
  try {
    const before = lstatSync(real);
    if (!before.isFile()) return { ok: false, reason: `not a regular file (${kindOf(before)})` };
    if (before.size > cap) return { ok: false, reason: `larger than ${describeSize(cap)} (${before.size} bytes)` };
    fd = openSync(real, OPEN_FLAGS);
  } catch (error) {
    return unreadable(error);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: `not a regular file (${kindOf(stat)})` };
    // Read at most cap + 1 bytes whatever the size said: a file may grow, and some report size 0. The
    // first buffer fits the size said (one byte more to see the end), later reads go through one scratch
    // buffer: a scan reads 100,000 small files, and a fresh 64 KiB chunk each was gigabytes of garbage.
    const chunks: Buffer[] = [];
    let total = 0;
    for (let buffer = Buffer.allocUnsafe(Math.min(stat.size + 1, cap + 1)); ; buffer = SCRATCH) {
      const read = readSync(fd, buffer, 0, Math.min(buffer.length, cap + 1 - total), null);
      if (read === 0) break;
      chunks.push(buffer === SCRATCH ? Buffer.from(SCRATCH.subarray(0, read)) : buffer.subarray(0, read));
      total += read;
      if (total > cap) return { ok: false, reason: `larger than ${describeSize(cap)}` };
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    return unreadable(error);
  } finally {
    closeSync(fd);
  }
}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'directory';
  if (stat.isFIFO()) return 'fifo';
  if (stat.isSocket()) return 'socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  if (stat.isSymbolicLink()) return 'symlink';
  return 'special file';
}

function unreadable(error: unknown): ReadResult {
  return { ok: false, reason: `unreadable: ${errorCode(error)}` };
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}
