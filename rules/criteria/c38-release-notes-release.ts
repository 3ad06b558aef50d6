import { askPerson } from '../ask-person.js';

export const rule = askPerson(38, {
  looksFor: "CHANGELOG/HISTORY/RELEASES, release-please/semantic-release/changesets/towncrier config, tags matched by changelog entries",
  toYes: "Add evidence such as: CHANGELOG/HISTORY/RELEASES, release-please/semantic-release/changesets/towncrier config, tags matched by changelog entries",
  hints: ["Check: Release notes for every release.", "Spec: no when none."],
});
