/** Why history could not be read, when it could not. `shallow`: readable, but truncated by a shallow clone. */
export type HistoryState = 'ok' | 'not-git' | 'no-commits' | 'shallow';

export interface PrShareExample {
  readonly sha: string;
  readonly subject: string;
  readonly viaPr: boolean;
  /** A file the commit touched that is still tracked (target-relative), to anchor evidence; null if none. */
  readonly file: string | null;
}

export interface PrShare {
  /** First-parent commits examined (at most 200). */
  readonly examined: number;
  /** Of those, how many came through a pull/merge request. */
  readonly viaPr: number;
  /** A few example subjects (some via PR, some not), for evidence. */
  readonly examples: readonly PrShareExample[];
}

export interface HistoryFacts {
  readonly state: HistoryState;
  /** PR share over the last 200 first-parent commits of HEAD. */
  prShare(): Promise<PrShare>;
  /** PR share over the last 200 first-parent commits that touch any of these paths. */
  prShareTouching(paths: readonly string[]): Promise<PrShare>;
  /** Date (ISO 8601) of the last commit touching a path, or null (untracked, no history). */
  lastChanged(path: string): Promise<string | null>;
  /** Date (ISO 8601) of the last commit touching any of these paths, or null. */
  lastChangedAmong(paths: readonly string[]): Promise<string | null>;
}
