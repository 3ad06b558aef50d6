import { askPerson } from './ask-person.js';

export const rule = askPerson(13, {
  looksFor: "not provable from a repo",
  toYes: "Record the answer by hand: the repository cannot show it.",
  hints: ["Check: Only CD can deploy infrastructure.", "Spec: unanswered (hints: CD evidence, OIDC/federated credentials in pipelines)."],
});
