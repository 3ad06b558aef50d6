/** Files that define the runtime environment: lock files, requirements, conda envs, Dockerfiles. */
export interface EnvironmentDefinition {
  readonly file: string;
  readonly kind: string;
  /** Share of dependency lines pinned to an exact version (1 for a lock file). */
  readonly pinnedShare: number;
  readonly note: string;
}

export interface EnvironmentFacts {
  readonly definitions: readonly EnvironmentDefinition[];
  readonly lookedAt: readonly string[];
}
