import { askPerson } from '../ask-person.js';

export const rule = askPerson(2, {
  looksFor: "CODEOWNERS, MAINTAINERS/OWNERS, a doc section listing team/roles/responsibilities (RACI)",
  toYes: "Add evidence such as: CODEOWNERS, MAINTAINERS/OWNERS, a doc section listing team/roles/responsibilities (RACI)",
  hints: ["Check: Team members and responsibilities overview.", "Spec: no when none."],
});
