import { askPerson } from '../ask-person.js';

export const rule = askPerson(18, {
  looksFor: "git history: of the last 200 first-parent commits of HEAD, at least 80% came through PRs (merge commit \"Merge pull request #N\", Bitbucket \"(pull request #N)\", GitLab \"See merge request\", or a squash subject ending \"(#N)\")",
  toYes: "Add evidence such as: git history: of the last 200 first-parent commits of HEAD, at least 80% came through PRs (merge commit \"Merge pull request #N\", Bitbucket \"(pull request #N)\", GitLab \"See merge request\", or a squash subject ending \"(#N)\")",
  hints: ["Check: PRs used for all ML code changes.", "Spec: no when at most 20% did; unanswered in between or with fewer than 10 commits (shallow clone, fresh repo)."],
});
