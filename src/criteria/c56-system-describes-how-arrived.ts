import { askPerson } from './ask-person.js';

export const rule = askPerson(56, {
  looksFor: "explanations returned/recorded per prediction",
  toYes: "Add evidence such as: explanations returned/recorded per prediction",
  hints: ["Check: System describes how it arrived at outputs.", "Spec: unanswered unless clear."],
});
