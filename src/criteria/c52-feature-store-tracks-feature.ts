import { askPerson } from './ask-person.js';

export const rule = askPerson(52, {
  looksFor: "feature services / feature lookups logged with the model",
  toYes: "Add evidence such as: feature services / feature lookups logged with the model",
  hints: ["Check: Feature store tracks feature usage per model.", "Spec: n/a without a feature store."],
});
