import { askPerson } from '../ask-person.js';

export const rule = askPerson(45, {
  looksFor: "drift monitoring (evidently, whylogs, NannyML, alibi-detect, deepchecks, SageMaker Model Monitor, Vertex/Azure/Databricks monitoring) wired into code or jobs",
  toYes: "Add evidence such as: drift monitoring (evidently, whylogs, NannyML, alibi-detect, deepchecks, SageMaker Model Monitor, Vertex/Azure/Databricks monitoring) wired into code or jobs",
  hints: ["Check: Feature distribution drift recalculated and alerted.", "Spec: no when none."],
});
