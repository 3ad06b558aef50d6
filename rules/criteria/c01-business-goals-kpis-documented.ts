import { askPerson } from '../ask-person.js';

export const rule = askPerson(1, {
  looksFor: "a doc section (README, docs/, model card) whose heading is about business goal/objective/problem statement AND KPIs/success metrics",
  toYes: "Add evidence such as: a doc section (README, docs/, model card) whose heading is about business goal/objective/problem statement AND KPIs/success metrics",
  hints: ["Check: Business goals and KPIs documented, kept up to date.", "Spec: no when no such section exists in any doc."],
});
