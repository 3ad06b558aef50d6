import { askPerson } from './ask-person.js';

export const rule = askPerson(44, {
  looksFor: "code/jobs joining predictions with outcomes and tracking KPIs; dashboards",
  toYes: "Add evidence such as: code/jobs joining predictions with outcomes and tracking KPIs; dashboards",
  hints: ["Check: Feedback loop monitors business KPIs.", "Spec: unanswered unless clear."],
});
