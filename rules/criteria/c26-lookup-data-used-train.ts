import { askPerson } from '../ask-person.js';

export const rule = askPerson(26, {
  looksFor: "data versioning (DVC, lakeFS, Delta versions, mlflow log_input/datasets, dataset hashes logged)",
  toYes: "Add evidence such as: data versioning (DVC, lakeFS, Delta versions, mlflow log_input/datasets, dataset hashes logged)",
  hints: ["Check: Lookup: data used to train the model.", "Spec: no when none."],
});
