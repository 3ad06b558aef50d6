import { askPerson } from '../ask-person.js';

export const rule = askPerson(9, {
  looksFor: "Terraform, OpenTofu, Pulumi, CDK, CloudFormation/SAM, Bicep/ARM, Kubernetes manifests, Helm, Kustomize, Databricks asset bundles, Ansible, Crossplane",
  toYes: "Add evidence such as: terraform, OpenTofu, Pulumi, CDK, CloudFormation/SAM, Bicep/ARM, Kubernetes manifests, Helm, Kustomize, Databricks asset bundles, Ansible, Crossplane",
  hints: ["Check: Infrastructure defined as code.", "Spec: no when none."],
});
