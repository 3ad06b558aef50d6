import { askPerson } from './ask-person.js';

export const rule = askPerson(56, {
  looksFor: "explanations returned/recorded per prediction",
  toYes: "Add evidence such as: explanations returned/recorded per prediction",
  hints: ["Check the serving responses or the prediction logs for a per-prediction explanation or decision record (top features, rule path) returned or stored with each output."],
});
