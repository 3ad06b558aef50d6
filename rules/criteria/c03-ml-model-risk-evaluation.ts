import { askPerson } from '../ask-person.js';

export const rule = askPerson(3, {
  looksFor: "model card / doc section on risks, limitations, ethical considerations, failure impact",
  toYes: "Add evidence such as: model card / doc section on risks, limitations, ethical considerations, failure impact",
  hints: ["Check: ML model risk evaluation documented.", "Spec: no when none."],
});
