import { askPerson } from './ask-person.js';

export const rule = askPerson(49, {
  looksFor: "training data assembled from feature store lookups only",
  toYes: "Add evidence such as: training data assembled from feature store lookups only",
  hints: ["Check: All model features sourced from feature store or libraries.", "Spec: unanswered unless clear."],
});
