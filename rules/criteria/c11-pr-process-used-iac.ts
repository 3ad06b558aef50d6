import { askPerson } from '../ask-person.js';

export const rule = askPerson(11, {
  looksFor: "as 18, counted over the commits that touch IaC files",
  toYes: "Add evidence such as: as 18, counted over the commits that touch IaC files",
  hints: ["Check: PR process used for IaC changes.", "Spec: n/a without IaC; no/unanswered as 18."],
});
