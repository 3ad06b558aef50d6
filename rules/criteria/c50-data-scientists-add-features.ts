import { askPerson } from '../ask-person.js';

export const rule = askPerson(50, {
  looksFor: "feature definitions live in the repo and PRs are used",
  toYes: "Add evidence such as: feature definitions live in the repo and PRs are used",
  hints: ["Check: Data scientists add features via PR.", "Spec: n/a without a feature store."],
});
