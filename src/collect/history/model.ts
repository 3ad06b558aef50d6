/**
 * Why history could not be read, when it could not. `shallow`: readable, but truncated by a shallow
 * clone. `unreadable`: a git repository with commits whose log git fails to read (a missing object).
 */
export type HistoryState = 'ok' | 'not-git' | 'no-commits' | 'shallow' | 'unreadable';

/**
 * How a PR share's log was read: with the files each commit changed; with subjects and bodies only
 * (git could not list the files, e.g. a tree missing from the checkout: the count holds, the evidence
 * anchors on a fallback file); or not at all (the count is empty and means nothing).
 */
export type LogRead = 'with-files' | 'subjects-only' | 'unreadable';

export interface PrShareExample {
  readonly sha: string;
  readonly subject: string;
  readonly viaPr: boolean;
  /**
   * A file the commit touched that is still tracked (target-relative), to anchor evidence; with a
   * `subjects-only` log, a fallback (README, or the first of the paths asked about); null if none.
   */
  readonly file: string | null;
}

export interface PrShare {
  /** First-parent commits examined (at most 200). */
  readonly examined: number;
  /** Of those, how many came through a pull/merge request. */
  readonly viaPr: number;
  /** A few example subjects (some via PR, some not), for evidence. */
  readonly examples: readonly PrShareExample[];
  readonly read: LogRead;
}

export interface HistoryFacts {
  readonly state: HistoryState;
  /** PR share over the last 200 first-parent commits of HEAD. */
  prShare(): Promise<PrShare>;
  /** PR share over the last 200 first-parent commits that touch any of these paths. */
  prShareTouching(paths: readonly string[]): Promise<PrShare>;
  /** Date (ISO 8601) of the last commit touching a path (a file or a folder), or null (untracked, no history). */
  lastChanged(path: string): Promise<string | null>;
  /**
   * Date (ISO 8601) of the last commit touching any of these paths, or null. Linear in the paths
   * (a map lookup each) for changes in the last 1000 commits; at most one git call beyond them.
   */
  lastChangedAmong(paths: readonly string[]): Promise<string | null>;
}
