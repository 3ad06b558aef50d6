import { askPerson } from '../ask-person.js';

export const rule = askPerson(43, {
  looksFor: "metrics logged to a tracker (mlflow log_metric, W&B, DVC metrics, TensorBoard) by evaluation code",
  toYes: "Add evidence such as: metrics logged to a tracker (mlflow log_metric, W&B, DVC metrics, TensorBoard) by evaluation code",
  hints: ["Check: Offline evaluation metrics stored and monitored.", "Spec: no when metrics are only printed."],
});
