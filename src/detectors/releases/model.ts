/** How the project records its releases: changelogs, release tooling, git tags. */
export interface ReleaseNotesSource {
  readonly kind: 'changelog' | 'tooling';
  readonly file: string;
  readonly line: number | null;
  readonly note: string;
}

export interface ReleaseFacts {
  readonly sources: readonly ReleaseNotesSource[];
  readonly tags: readonly string[];
  readonly lookedAt: readonly string[];
}
