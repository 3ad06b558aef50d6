import { askPerson } from '../ask-person.js';

export const rule = askPerson(30, {
  looksFor: "CODEOWNERS covering IaC, branch protection as code (settings.yml, terraform github_branch_protection), review trailers in history",
  toYes: "Add evidence such as: CODEOWNERS covering IaC, branch protection as code (settings.yml, terraform github_branch_protection), review trailers in history",
  hints: ["Check: Infra changes reviewed/approved before merge.", "Spec: unanswered unless clear."],
});
