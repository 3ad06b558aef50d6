import { askPerson } from './ask-person.js';

export const rule = askPerson(13, {
  looksFor: "not provable from a repo",
  toYes: "Record the answer by hand: the repository cannot show it.",
  hints: ["Check in the cloud's IAM (AWS IAM roles, Azure role assignments, Google Cloud IAM) that only the CD pipeline's identity (an OIDC-federated role or service principal) can create or change infrastructure, and that people have read-only access to production."],
});
