import type { ParsedFiles } from '../repo/parsed-files.js';
import type { RepoIndex } from '../repo/repo-index.js';

/** What every collector gets: the repository's files (each read once) and their parses (once per format), nothing else. */
export interface CollectorInput {
  readonly index: RepoIndex;
  readonly parsed: ParsedFiles;
}
