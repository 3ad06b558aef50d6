import { askPerson } from '../ask-person.js';

export const rule = askPerson(33, {
  looksFor: "PR-triggered pipeline (GitHub Actions pull_request, GitLab merge_request, Azure PR trigger, ...) that runs tests",
  toYes: "Add evidence such as: PR-triggered pipeline (GitHub Actions pull_request, GitLab merge_request, Azure PR trigger, ...) that runs tests",
  hints: ["Check: CI runs automated tests on PR.", "Spec: no when no such pipeline."],
});
