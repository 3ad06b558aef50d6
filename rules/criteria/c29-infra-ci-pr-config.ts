import { askPerson } from '../ask-person.js';

export const rule = askPerson(29, {
  looksFor: "PR-triggered pipeline running terraform validate/fmt/plan, tflint, checkov/tfsec, kubeconform/kubeval, helm lint, bicep build, cfn-lint",
  toYes: "Add evidence such as: PR-triggered pipeline running terraform validate/fmt/plan, tflint, checkov/tfsec, kubeconform/kubeval, helm lint, bicep build, cfn-lint",
  hints: ["Check: Infra CI on PR: config validation + tests.", "Spec: no when IaC exists and no PR pipeline validates it; n/a without IaC."],
});
