import { askPerson } from '../ask-person.js';

export const rule = askPerson(34, {
  looksFor: "as 30, for code",
  toYes: "Add evidence such as: as 30, for code",
  hints: ["Check: Code changes approved by others before merge.", "Spec: unanswered unless clear."],
});
