import type { ReviewGates } from '../collect/ci/model.js';
import { reviewCoverage } from '../collect/ci/review-gates.js';
import { evidence, nonEmpty, unanswered, yes, type Answer, type AnswerValue, type NonEmpty } from '../model/answer.js';

/**
 * Share of the files CODEOWNERS must own for the review gate to count: one stray file without an owner
 * (a generated stub, a file added after the last CODEOWNERS edit) does not undo an ownership scheme
 * that covers the rest.
 */
const OWNED_SHARE = 0.9;
/** A pattern owning every path: GitHub/GitLab's catch-all. */
const CATCH_ALL = new Set(['*', '/*', '**', '/**', '/']);

/** What `reviewAnswer` can answer: never `no` (see below). */
export const REVIEW_ANSWERS = ['yes', 'unanswered'] as const satisfies NonEmpty<AnswerValue>;

/**
 * Criteria 30 and 34: whether changes to `files` need an approving review. Review rules as code settle
 * it; CODEOWNERS owning (nearly) every file makes it likely (GitHub requires the owners' approval only
 * when branch protection says so, which is usually set outside the repository). Never `no`: that setting
 * is not visible.
 */
export function reviewAnswer(gates: ReviewGates | undefined, files: readonly string[], what: string): Answer {
  const coverage = reviewCoverage(gates, files);
  const catchAll = coverage.owners.find((o) => CATCH_ALL.has(o.pattern));
  const ordered = catchAll ? [catchAll, ...coverage.owners.filter((o) => o !== catchAll)] : coverage.owners;
  const owners = ordered.slice(0, 4).map((o) => evidence(o.file, o.line, `CODEOWNERS: ${o.pattern} has ${o.owners} owner(s)`));
  const rules = nonEmpty([...coverage.rules.slice(0, 3).map((r) => evidence(r.file, r.line, r.note)), ...owners]);
  if (rules && coverage.rules.length > 0) {
    return yes(`Review before merge is required as code (${coverage.rules[0]?.note ?? 'branch protection'}), which covers the ${what}.`, rules);
  }
  const owned = nonEmpty(owners);
  const share = coverage.totalFiles > 0 ? coverage.ownedFiles / coverage.totalFiles : 0;
  const counted = `${coverage.ownedFiles} of ${coverage.totalFiles} files (${percent(share)})`;
  if (owned && share >= OWNED_SHARE) {
    const scope = coverage.ownedFiles === coverage.totalFiles ? `all ${coverage.totalFiles} files` : counted;
    return yes(`CODEOWNERS assigns reviewers to ${scope} of the ${what}${catchAll ? ` (catch-all ${catchAll.pattern} entry)` : ''}.`, owned, {
      confidence: 'medium',
      hints: [
        'Confirm branch protection requires a review from code owners; that setting lives outside the repository.',
        ...(coverage.ownedFiles < coverage.totalFiles ? [`${coverage.totalFiles - coverage.ownedFiles} file(s) have no code owner.`] : []),
      ],
    });
  }
  const hints = [
    `Check the hosting platform's branch protection: required approving reviews on the main branch cover the ${what}.`,
    'Keeping it as code (.github/settings.yml, Terraform github_branch_protection) and adding CODEOWNERS would let a scan show it.',
  ];
  if (owned) {
    return unanswered(`CODEOWNERS assigns reviewers to ${counted} of the ${what}, below ${percent(OWNED_SHARE)}; whether reviews are required is set outside the repository.`, { evidence: owned, hints });
  }
  return unanswered(`No review requirement kept as code covers the ${what}; branch protection is usually set on the hosting platform.`, { hints });
}

function percent(share: number): string {
  // Rounded down, so 1525 of 1526 files never reads as 100%.
  return `${Math.floor(share * 1000) / 10}%`;
}
