/** Files that define the runtime environment: lock files, requirements, conda envs, pyproject, images. */
export type EnvironmentKind = 'lock-file' | 'requirements' | 'conda' | 'pyproject' | 'dockerfile' | 'devcontainer';

/** One dependency (or base image) a definition names, and whether it is pinned to an exact version. */
export interface DependencyLine {
  readonly line: number | null;
  readonly text: string;
  readonly pinned: boolean;
}

export interface EnvironmentDefinition {
  readonly file: string;
  readonly kind: EnvironmentKind;
  /** Line of the first dependency (null for a lock file, which is pinned as a whole). */
  readonly line: number | null;
  /** Dependencies counted (a lock file counts as one, pinned). */
  readonly total: number;
  readonly pinned: number;
  /** Share of dependency lines pinned to an exact version (1 for a lock file). */
  readonly pinnedShare: number;
  /** The first few unpinned dependencies, for evidence. */
  readonly unpinned: readonly DependencyLine[];
  readonly note: string;
}

export interface EnvironmentFacts {
  /** Definitions naming at least one dependency, base image or lock. */
  readonly definitions: readonly EnvironmentDefinition[];
  readonly lookedAt: readonly string[];
}
