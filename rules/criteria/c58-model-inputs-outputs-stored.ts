import { askPerson } from '../ask-person.js';

export const rule = askPerson(58, {
  looksFor: "inference logging (SageMaker DataCaptureConfig, Databricks inference tables, KServe/Seldon loggers, code writing requests+predictions to a store)",
  toYes: "Add evidence such as: inference logging (SageMaker DataCaptureConfig, Databricks inference tables, KServe/Seldon loggers, code writing requests+predictions to a store)",
  hints: ["Check: Model inputs and outputs stored automatically.", "Spec: no when serving exists without it; n/a without any inference."],
});
