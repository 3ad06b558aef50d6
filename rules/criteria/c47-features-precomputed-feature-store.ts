import { askPerson } from '../ask-person.js';

export const rule = askPerson(47, {
  looksFor: "feature store definitions (feast feature_store.yaml, Databricks/SageMaker/Vertex/Hopsworks/Tecton feature APIs) or a features package imported by several pipelines",
  toYes: "Add evidence such as: feature store definitions (feast feature_store.yaml, Databricks/SageMaker/Vertex/Hopsworks/Tecton feature APIs) or a features package imported by several pipelines",
  hints: ["Check: Features precomputed in a feature store and/or shareable code.", "Spec: no when features are built inline only."],
});
