import { askPerson } from './ask-person.js';

export const rule = askPerson(55, {
  looksFor: "not provable from a repo",
  toYes: "Record the answer by hand: the repository cannot show it.",
  hints: ["Ask the people who receive the predictions, or look at the product screen, whether the explanations are in terms they understand (e.g. the top reasons in business language)."],
});
