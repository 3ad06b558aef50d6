import { askPerson } from '../ask-person.js';

export const rule = askPerson(25, {
  looksFor: "model registry / artifact store (mlflow register/log_model, W&B artifacts, DVC outs, SageMaker/Vertex/Azure registry)",
  toYes: "Add evidence such as: model registry / artifact store (mlflow register/log_model, W&B artifacts, DVC outs, SageMaker/Vertex/Azure registry)",
  hints: ["Check: Lookup: model artifacts.", "Spec: no when models are saved ad hoc with no registry or versioning."],
});
