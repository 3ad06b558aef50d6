import { askPerson } from '../ask-person.js';

export const rule = askPerson(53, {
  looksFor: "feature definitions in config files (YAML) or a declarative registry",
  toYes: "Add evidence such as: feature definitions in config files (YAML) or a declarative registry",
  hints: ["Check: Feature configuration separated from code.", "Spec: unanswered unless clear."],
});
