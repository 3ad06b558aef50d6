import type { CiFacts } from '../collect/ci/model.js';
import { isAnyBranchPush, isPullRequest, matchesEvidence, stepsOn } from '../evidence/ci-queries.js';
import { nonEmpty, yes, type YesAnswer } from '../model/answer.js';
import type { StepPurpose } from '../knowledge/ci-commands.js';

/**
 * Criteria 29 and 33: `yes` when a pipeline triggered by pull requests does `purpose`; else a `medium`
 * `yes` when a pipeline run on every branch push does it, since a pull request's branch is pushed too
 * (whether that run is reported on the pull request and gates the merge is set outside the repository);
 * null when neither does.
 */
export function onPullRequests(ci: CiFacts, purpose: StepPurpose, say: { readonly pullRequests: string; readonly branchPushes: string }): YesAnswer | null {
  const onPr = nonEmpty(matchesEvidence(stepsOn(ci, [purpose], isPullRequest)));
  if (onPr) return yes(say.pullRequests, onPr);
  const onBranches = nonEmpty(matchesEvidence(stepsOn(ci, [purpose], isAnyBranchPush)));
  if (!onBranches) return null;
  return yes(say.branchPushes, onBranches, {
    confidence: 'medium',
    hints: ['Confirm the branch pipeline is reported on pull requests and required before merging.'],
  });
}
