import { askPerson } from '../ask-person.js';

export const rule = askPerson(12, {
  looksFor: "a pipeline triggered on push/merge to the main branch that runs terraform/tofu apply, pulumi up, cdk deploy, az deployment, helm upgrade, kubectl apply, databricks bundle deploy",
  toYes: "Add evidence such as: a pipeline triggered on push/merge to the main branch that runs terraform/tofu apply, pulumi up, cdk deploy, az deployment, helm upgrade, kubectl apply, databricks bundle deploy",
  hints: ["Check: Merged PR applies IaC automatically via CD.", "Spec: no when IaC exists and no pipeline applies it."],
});
