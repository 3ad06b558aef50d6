import type { ReviewGates } from '../src/detectors/ci/model.js';
import { reviewCoverage } from '../src/detectors/ci/review-gates.js';
import { evidence, nonEmpty, unanswered, yes, type Answer } from '../src/model/answer.js';

/**
 * Criteria 30 and 34: whether changes to `files` need an approving review. Review rules as code settle
 * it; CODEOWNERS owning every file makes it likely (GitHub requires the owners' approval only when branch
 * protection says so, which is usually set outside the repository). Never `no`: that setting is not visible.
 */
export function reviewAnswer(gates: ReviewGates | undefined, files: readonly string[], what: string): Answer {
  const coverage = reviewCoverage(gates, files);
  const owners = coverage.owners.slice(0, 4).map((o) => evidence(o.file, o.line, `CODEOWNERS: ${o.pattern} has ${o.owners} owner(s)`));
  const rules = nonEmpty([...coverage.rules.slice(0, 3).map((r) => evidence(r.file, r.line, r.note)), ...owners]);
  if (rules && coverage.rules.length > 0) {
    return yes(`Review before merge is required as code (${coverage.rules[0]?.note ?? 'branch protection'}), which covers the ${what}.`, rules);
  }
  const owned = nonEmpty(owners);
  if (owned && coverage.totalFiles > 0 && coverage.ownedFiles === coverage.totalFiles) {
    return yes(`CODEOWNERS assigns reviewers to all ${coverage.totalFiles} files of the ${what}.`, owned, {
      confidence: 'medium',
      hints: ['Confirm branch protection requires a review from code owners; that setting lives outside the repository.'],
    });
  }
  const hints = [
    `Check the hosting platform's branch protection: required approving reviews on the main branch cover the ${what}.`,
    'Keeping it as code (.github/settings.yml, Terraform github_branch_protection) and adding CODEOWNERS would let a scan show it.',
  ];
  if (owned) {
    return unanswered(`CODEOWNERS assigns reviewers to ${coverage.ownedFiles} of ${coverage.totalFiles} files of the ${what}; whether reviews are required is set outside the repository.`, { evidence: owned, hints });
  }
  return unanswered(`No review requirement kept as code covers the ${what}; branch protection is usually set on the hosting platform.`, { hints });
}
