import { askPerson } from '../ask-person.js';

export const rule = askPerson(46, {
  looksFor: "outlier/OOD detectors (alibi-detect, PyOD), uncertainty thresholds routed to review",
  toYes: "Add evidence such as: outlier/OOD detectors (alibi-detect, PyOD), uncertainty thresholds routed to review",
  hints: ["Check: Outlier detection, low-certainty predictions reviewed.", "Spec: unanswered unless clear."],
});
