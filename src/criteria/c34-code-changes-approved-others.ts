import type { Rule } from './rule.js';
import { REVIEW_ANSWERS, reviewAnswer } from './review-answer.js';

/** Source files whose changes criterion 34 is about (code in the languages ML projects are written in). */
const CODE_FILE = /\.(py|ipynb|r|R|scala|sql|ts|tsx|js|jsx|go|java|kt|jl|rs|cpp|c|h)$/;

export const rule: Rule = {
  id: 34,
  kind: 'detects',
  answers: REVIEW_ANSWERS,
  looksFor: 'review requirements kept as code that cover the code: CODEOWNERS entries owning the source files, branch protection in .github/settings.yml, Terraform github_branch_protection / rulesets / GitLab approval rules requiring approvals',
  toYes: 'Require an approving review before merge: branch protection with required reviews (ideally kept as code, e.g. .github/settings.yml) and CODEOWNERS for the code.',
  async answer({ facts }) {
    const [ci, files] = await Promise.all([facts.ci(), facts.files()]);
    return reviewAnswer(ci.reviewGates, files.files.filter((f) => CODE_FILE.test(f)), 'code');
  },
};
