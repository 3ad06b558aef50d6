import { randomBytes } from 'node:crypto';
import { closeSync, lstatSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';

/** A write was refused or failed; the message is one line naming the file. */
export class WriteError extends Error {}

/**
 * The one way the scanner writes a file (reports, the answers file, its backup). Each write goes to a
 * new temp file beside the target, created exclusively (so it cannot be a planted link), and is renamed
 * over the target, which replaces a directory entry and never follows one: a reader sees the old file
 * or the new one, two writers leave one complete file, and nothing outside the named path is touched.
 * A target that exists but is not a regular file (a symlink, a FIFO, a folder) is refused, since
 * replacing it would silently turn a link the user made into a copy. On Windows, where rename cannot be
 * relied on to be no-follow, the same lstat check before the rename is the guard.
 */
export function writeFileReplacing(file: string, text: string): void {
  assertWritable(file);
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = openSync(temp, 'wx', 0o644);
    try {
      writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
    assertWritable(file);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    if (error instanceof WriteError) throw error;
    throw new WriteError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/**
 * Throws WriteError unless `file` can be written by `writeFileReplacing`: its folder exists and the file
 * is absent or a regular file. Checked before a scan, so a bad `-o` is found in a blink, not after it.
 */
export function assertWritable(file: string): void {
  const folder = path.dirname(path.resolve(file));
  let folderIsDirectory = false;
  try {
    folderIsDirectory = statSync(folder).isDirectory();
  } catch {
    // reported below
  }
  if (!folderIsDirectory) throw new WriteError(`cannot write ${file}: no such folder ${folder}`);
  let stat;
  try {
    stat = lstatSync(file);
  } catch {
    return;
  }
  if (stat.isSymbolicLink()) throw new WriteError(`cannot write ${file}: it is a symbolic link (not overwritten; name the real file)`);
  if (!stat.isFile()) throw new WriteError(`cannot write ${file}: not a regular file`);
}
