import { askPerson } from '../ask-person.js';

export const rule = askPerson(24, {
  looksFor: "environment logged with the model (mlflow log_model with pip/conda env, pinned image per run)",
  toYes: "Add evidence such as: environment logged with the model (mlflow log_model with pip/conda env, pinned image per run)",
  hints: ["Check: Lookup: environment used for training and serving.", "Spec: unanswered unless clear."],
});
