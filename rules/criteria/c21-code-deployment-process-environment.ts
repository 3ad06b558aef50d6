import { askPerson } from '../ask-person.js';

export const rule = askPerson(21, {
  looksFor: "one parameterised deployment (same workflow/bundle with per-env targets or variables); config externalised per env",
  toYes: "Add evidence such as: one parameterised deployment (same workflow/bundle with per-env targets or variables); config externalised per env",
  hints: ["Check: Same code and same deployment process in every environment.", "Spec: unanswered unless clear."],
});
