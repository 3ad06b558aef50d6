import { askPerson } from '../ask-person.js';

export const rule = askPerson(10, {
  looksFor: "the IaC files are tracked by git",
  toYes: "Add evidence such as: the IaC files are tracked by git",
  hints: ["Check: IaC stored in version control.", "Spec: no when IaC absent or untracked."],
});
