import { askPerson } from './ask-person.js';

export const rule = askPerson(49, {
  looksFor: "training data assembled from feature store lookups only",
  toYes: "Add evidence such as: training data assembled from feature store lookups only",
  hints: ["Check that the training pipeline retrieves every model feature from the feature store or a shared feature library (e.g. get_historical_features), with none computed only inline in training code."],
});
