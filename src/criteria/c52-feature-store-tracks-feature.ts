import { askPerson } from './ask-person.js';

export const rule = askPerson(52, {
  looksFor: "feature services / feature lookups logged with the model",
  toYes: "Add evidence such as: feature services / feature lookups logged with the model",
  hints: ["Check the feature store's registry or UI (Feast feature services, Tecton or Databricks lineage) for the feature set each model uses."],
});
