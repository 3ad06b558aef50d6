import { askPerson } from '../ask-person.js';

export const rule = askPerson(17, {
  looksFor: "tracked training code (fit/train with sklearn/torch/tf/xgboost/lightgbm...) together with 16's data code and serving code where serving exists",
  toYes: "Add evidence such as: tracked training code (fit/train with sklearn/torch/tf/xgboost/lightgbm...) together with 16's data code and serving code where serving exists",
  hints: ["Check: Model code in VCS with data prep and API code.", "Spec: no when model code absent."],
});
