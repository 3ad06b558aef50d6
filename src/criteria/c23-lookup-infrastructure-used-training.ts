import { askPerson } from './ask-person.js';

export const rule = askPerson(23, {
  looksFor: "IaC + run/deploy records naming the compute (cluster/instance config in bundles, pipelines)",
  toYes: "Add evidence such as: IaC + run/deploy records naming the compute (cluster/instance config in bundles, pipelines)",
  hints: ["Check: Lookup: infrastructure used for training and serving.", "Spec: unanswered unless clear."],
});
