import path from 'node:path';
import { isTestFile } from './file-kinds.js';
import type { SourceFile } from './model.js';

/** Folders whose code is fixtures or generated schema changes, not the project's own API. */
const NOT_OWN_DIRS: ReadonlySet<string> = new Set(['migrations', 'alembic', 'fixtures', '__snapshots__']);

/** Packaging and docs scripts, generated protobuf code, bundles. */
const NOT_OWN_NAMES: readonly RegExp[] = [
  /^setup\.py$/,
  /_pb2(_grpc)?\.py$/,
  /\.min\.js$/,
  /\.config\.[cm]?[jt]s$/,
];

/**
 * Whether a source file is the project's own code for the definition census (docs coverage): not
 * tests, migrations, generated code, build/packaging scripts (setup.py, docs/conf.py, *.config.js) or
 * notebooks (exploration, not an API).
 */
export function isOwnSource(source: SourceFile): boolean {
  if (source.language === 'notebook' || isTestFile(source.file)) return false;
  const segments = source.file.split('/');
  const name = segments.pop() ?? '';
  if (segments.some((segment) => NOT_OWN_DIRS.has(segment))) return false;
  if (source.file === 'docs/conf.py' || (name === 'conf.py' && segments.at(-1) === 'docs')) return false;
  return !NOT_OWN_NAMES.some((pattern) => pattern.test(path.posix.basename(name)));
}

/**
 * A deterministic sample spread evenly over the (path-ordered) files, about `capBytes` in total and
 * never more: every k-th file, in effect, where k is the ratio of total to cap.
 */
export function evenSample<T extends { readonly bytes: number }>(files: readonly T[], capBytes: number): T[] {
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  if (total <= capBytes) return [...files];
  const fraction = capBytes / total;
  const picked: T[] = [];
  let bytes = 0;
  files.forEach((file, i) => {
    if (Math.floor((i + 1) * fraction) === Math.floor(i * fraction)) return;
    if (bytes + file.bytes > capBytes) return;
    picked.push(file);
    bytes += file.bytes;
  });
  return picked;
}
