import { askPerson } from '../ask-person.js';

export const rule = askPerson(51, {
  looksFor: "feature store in use",
  toYes: "Add evidence such as: feature store in use",
  hints: ["Check: Feature dependencies managed by the feature store.", "Spec: n/a without a feature store."],
});
