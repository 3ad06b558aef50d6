import { askPerson } from '../ask-person.js';

export const rule = askPerson(4, {
  looksFor: "doc section on data collection/preparation/cleaning; described pipeline stages (dvc.yaml desc, documented notebooks)",
  toYes: "Add evidence such as: doc section on data collection/preparation/cleaning; described pipeline stages (dvc.yaml desc, documented notebooks)",
  hints: ["Check: Data gathering, analysis, cleaning steps documented with motivation.", "Spec: no when none."],
});
