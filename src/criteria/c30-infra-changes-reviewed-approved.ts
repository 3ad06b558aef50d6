import type { Rule } from './rule.js';
import { reviewAnswer } from './review-answer.js';

export const rule: Rule = {
  id: 30,
  kind: 'detects',
  // `unanswered` also from the engine, when only platform configs leave IaC to a person.
  answers: ['yes', 'n/a', 'unanswered'],
  looksFor: 'review requirements kept as code that cover the infrastructure code: CODEOWNERS entries owning the IaC files, branch protection in .github/settings.yml, Terraform github_branch_protection / rulesets / GitLab approval rules requiring approvals',
  toYes: 'Require an approving review for infrastructure changes: CODEOWNERS for the IaC folders plus branch protection requiring code-owner review (ideally kept as code).',
  async answer({ facts }) {
    const [ci, iac] = await Promise.all([facts.ci(), facts.iac()]);
    return reviewAnswer(ci.reviewGates, iac.files.map((f) => f.file), 'infrastructure code');
  },
};
