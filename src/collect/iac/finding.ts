import path from 'node:path';
import type { ParsedFiles } from '../../repo/parsed-files.js';
import type { RepoIndex } from '../../repo/repo-index.js';
import { environmentStage } from './environment-stage.js';
import type { EnvironmentStage, IacEnvironment, IacFile, PlatformConfig } from './model.js';

/** What each tool family's finder reads. */
export interface IacContext {
  readonly index: RepoIndex;
  readonly parsed: ParsedFiles;
}

/** What each tool family's finder returns; the detector merges them. */
export interface IacFinding {
  readonly files: readonly IacFile[];
  readonly environments: readonly IacEnvironment[];
  readonly platformConfigs?: readonly PlatformConfig[];
}

export function environment(
  fields: Omit<IacEnvironment, 'stage'> & { readonly stage?: EnvironmentStage },
): IacEnvironment {
  // The repository root is said as `.` so an answer never shows an empty definition.
  const definition = fields.definition === '' ? '.' : fields.definition;
  return { ...fields, definition, stage: fields.stage ?? environmentStage(fields.name) };
}

/** Folder of a posix path, `''` (not `.`) for the repository root so it joins cleanly. */
export function folderOf(file: string): string {
  const dir = path.posix.dirname(file);
  return dir === '.' ? '' : dir;
}

/** `dir` joined with a relative reference, normalised; null when it climbs out of the repository. */
export function resolveFrom(dir: string, reference: string): string | null {
  const joined = path.posix.normalize(path.posix.join(dir || '.', reference)).replace(/\/$/, '');
  return joined.startsWith('..') ? null : joined;
}

/**
 * The environment named by a per-environment file's name (`prod.tfvars`, `main.dev.bicepparam`,
 * `values-staging.yaml`): the first dotted part that names a known environment, or null. File-name
 * suffixes are often regions or sizes, so only names that classify count.
 */
export function environmentInFileName(stem: string): string | null {
  const parts = stem.split('.');
  for (const part of parts) if (environmentStage(part) !== 'unknown') return part;
  return null;
}
