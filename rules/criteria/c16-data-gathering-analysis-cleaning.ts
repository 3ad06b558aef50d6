import { askPerson } from '../ask-person.js';

export const rule = askPerson(16, {
  looksFor: "tracked data preparation code (pandas/spark/polars/dbt/SQL, notebooks)",
  toYes: "Add evidence such as: tracked data preparation code (pandas/spark/polars/dbt/SQL, notebooks)",
  hints: ["Check: Data gathering/analysis/cleaning code in VCS.", "Spec: no when none tracked."],
});
