import { askPerson } from './ask-person.js';

export const rule = askPerson(44, {
  looksFor: "code/jobs joining predictions with outcomes and tracking KPIs; dashboards",
  toYes: "Add evidence such as: code/jobs joining predictions with outcomes and tracking KPIs; dashboards",
  hints: ["Check the monitoring dashboards (Grafana, Looker, the BI tool) for business KPIs computed from predictions joined with their outcomes, and who is alerted when they move."],
});
