/** How the project records its releases: changelogs, release tooling, git tags. */

/** A changelog-named file and the release entries (version headings) it holds. */
export interface Changelog {
  readonly file: string;
  /** Version headings found; zero means an empty or placeholder changelog, which is not evidence. */
  readonly entries: number;
  /** Line of the first (usually newest) version heading. */
  readonly firstEntryLine: number | null;
}

/** Release-notes tooling configured in the repository (release-please, semantic-release, towncrier ...). */
export interface ReleaseTooling {
  readonly tool: string;
  readonly file: string;
  readonly line: number | null;
  readonly note: string;
}

/** One of the newest version tags and where a changelog mentions its version, if anywhere. */
export interface TagCheck {
  readonly tag: string;
  readonly version: string;
  readonly mentionedIn: { readonly file: string; readonly line: number } | null;
}

export interface ReleaseFacts {
  readonly changelogs: readonly Changelog[];
  readonly tooling: readonly ReleaseTooling[];
  /** Tag names, newest first (empty outside git or without tags). */
  readonly tags: readonly string[];
  /** The newest few tags that carry a version, checked against the changelogs. */
  readonly latestTags: readonly TagCheck[];
  readonly lookedAt: readonly string[];
}
