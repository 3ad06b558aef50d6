import { askPerson } from '../ask-person.js';

export const rule = askPerson(60, {
  looksFor: "deterministic assignment (hash of user id to variant, sticky bucketing)",
  toYes: "Add evidence such as: deterministic assignment (hash of user id to variant, sticky bucketing)",
  hints: ["Check: Same customer gets the same model version during an A/B test.", "Spec: n/a when no A/B testing; else unanswered unless clear."],
});
