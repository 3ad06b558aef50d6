import { askPerson } from '../ask-person.js';

export const rule = askPerson(14, {
  looksFor: "per-environment IaC (envs/dev + envs/prod, tfvars per env, workspaces), bundle targets, Kustomize overlays, Helm values per env, CI environment: with staging and production",
  toYes: "Add evidence such as: per-environment IaC (envs/dev + envs/prod, tfvars per env, workspaces), bundle targets, Kustomize overlays, Helm values per env, CI environment: with staging and production",
  hints: ["Check: At least two environments (preprod + prod), exact copies.", "Spec: no when only one environment is defined."],
});
