import { askPerson } from '../ask-person.js';

export const rule = askPerson(22, {
  looksFor: "runs tagged with git commit (MLflow autolog/run tags, image tags with commit SHA, W&B/Neptune)",
  toYes: "Add evidence such as: runs tagged with git commit (MLflow autolog/run tags, image tags with commit SHA, W&B/Neptune)",
  hints: ["Check: Lookup: code/commit of a model run.", "Spec: no when models are trained with no tracking."],
});
