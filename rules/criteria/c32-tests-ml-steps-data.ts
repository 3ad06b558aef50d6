import { askPerson } from '../ask-person.js';

export const rule = askPerson(32, {
  looksFor: "test files covering each step present in the project (name which steps are covered and which are missing)",
  toYes: "Add evidence such as: test files covering each step present in the project (name which steps are covered and which are missing)",
  hints: ["Check: Tests for all ML steps: data processing, training, API.", "Spec: no when no tests; unanswered/medium when some steps lack tests."],
});
