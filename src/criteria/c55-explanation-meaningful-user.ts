import { askPerson } from './ask-person.js';

export const rule = askPerson(55, {
  looksFor: "not provable from a repo",
  toYes: "Record the answer by hand: the repository cannot show it.",
  hints: ["Check: Explanation meaningful to a user.", "Spec: unanswered (hints from 54)."],
});
