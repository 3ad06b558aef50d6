import { askPerson } from './ask-person.js';

export const rule = askPerson(23, {
  looksFor: "IaC + run/deploy records naming the compute (cluster/instance config in bundles, pipelines)",
  toYes: "Add evidence such as: IaC + run/deploy records naming the compute (cluster/instance config in bundles, pipelines)",
  hints: ["Check that each training run and deployment records the compute it ran on (cluster, instance type, image): in the experiment tracker's run metadata, the platform's job history (SageMaker, Vertex AI, Azure ML, Databricks), or the IaC revision deployed."],
});
