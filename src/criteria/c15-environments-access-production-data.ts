import { askPerson } from './ask-person.js';

export const rule = askPerson(15, {
  looksFor: "not provable from a repo",
  toYes: "Record the answer by hand: the repository cannot show it.",
  hints: ["Check: All environments access production data."],
});
