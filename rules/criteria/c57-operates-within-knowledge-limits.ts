import { askPerson } from '../ask-person.js';

export const rule = askPerson(57, {
  looksFor: "OOD/uncertainty detection in serving, input validation against training ranges",
  toYes: "Add evidence such as: OOD/uncertainty detection in serving, input validation against training ranges",
  hints: ["Check: Operates within knowledge limits, knows when outside.", "Spec: unanswered unless clear."],
});
