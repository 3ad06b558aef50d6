import type { Facts } from '../engine/facts.js';
import type { ParsedFiles } from '../repo/parsed-files.js';
import type { RepoIndex } from '../repo/repo-index.js';

/** What every detector gets: the files (read once), their parses (once per format), and the other detectors. */
export interface DetectorInput {
  readonly index: RepoIndex;
  readonly parsed: ParsedFiles;
  readonly facts: Facts;
}
