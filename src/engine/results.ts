import type { Criterion } from '../model/questionnaire.js';
import type { Answer } from '../model/answer.js';
import type { Profile } from '../profile/profile.js';
import type { IgnoredFiles, SkippedFile } from '../repo/repo-index.js';

export interface CriterionResult {
  readonly criterion: Criterion;
  readonly answer: Answer;
}

export interface ScanResult {
  readonly root: string;
  readonly commit: string | null;
  readonly profile: Profile;
  /** Always the 60 criteria, in id order. */
  readonly results: readonly CriterionResult[];
  readonly skipped: readonly SkippedFile[];
  /** Files left out because the repository's config asked. */
  readonly ignored: IgnoredFiles;
}
