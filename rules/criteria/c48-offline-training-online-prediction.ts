import { askPerson } from '../ask-person.js';

export const rule = askPerson(48, {
  looksFor: "training and serving import the same transformation module, or the transform is persisted inside the model pipeline (sklearn Pipeline, feature store on-demand views)",
  toYes: "Add evidence such as: training and serving import the same transformation module, or the transform is persisted inside the model pipeline (sklearn Pipeline, feature store on-demand views)",
  hints: ["Check: Offline training and online prediction data transformed with the same code.", "Spec: n/a without online prediction; else unanswered unless clear."],
});
