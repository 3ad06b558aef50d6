import { askPerson } from '../ask-person.js';

export const rule = askPerson(42, {
  looksFor: "job failure alerts/SLAs/notifications on scoring jobs, freshness checks",
  toYes: "Add evidence such as: job failure alerts/SLAs/notifications on scoring jobs, freshness checks",
  hints: ["Check: Batch: continuity of delivery monitored.", "Spec: n/a without batch scoring."],
});
