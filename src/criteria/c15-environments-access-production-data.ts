import { askPerson } from './ask-person.js';

export const rule = askPerson(15, {
  looksFor: "not provable from a repo",
  toYes: "Record the answer by hand: the repository cannot show it.",
  hints: ["Check the data platform's permissions (warehouse grants, storage bucket policies, Unity Catalog or Lake Formation) that development and staging can read production data, read-only."],
});
