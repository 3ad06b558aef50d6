import { askPerson } from '../ask-person.js';

export const rule = askPerson(27, {
  looksFor: "scheduled/triggered training pipelines (cron workflow, orchestrator schedule, retrain on drift) plus documentation of the strategy",
  toYes: "Add evidence such as: scheduled/triggered training pipelines (cron workflow, orchestrator schedule, retrain on drift) plus documentation of the strategy",
  hints: ["Check: Retraining strategy present and motivated.", "Spec: no when training is manual only."],
});
