import { askPerson } from '../ask-person.js';

export const rule = askPerson(39, {
  looksFor: "infracost config/pipeline, budgets in IaC, cost-allocation tags, cost docs",
  toYes: "Add evidence such as: infracost config/pipeline, budgets in IaC, cost-allocation tags, cost docs",
  hints: ["Check: Infra cost tracking and estimation.", "Spec: no when none."],
});
