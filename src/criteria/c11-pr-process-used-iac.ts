import type { Rule } from './rule.js';
import { notApplicable } from '../model/answer.js';
import { judgePrShare } from './c18-prs-used-ml-code.js';

export const rule: Rule = {
  id: 11,
  kind: 'detects',
  // `n/a` also from the rule's guard; `unanswered` also from the engine when only platform configs leave IaC to a person.
  answers: ['yes', 'no', 'n/a', 'unanswered'],
  looksFor: 'git history: the share of the last 200 first-parent commits touching IaC files that came through PRs (as criterion 18)',
  toYes: 'Change infrastructure code only through pull/merge requests (at least 80% of the commits touching IaC files).',
  async answer({ facts }) {
    const iac = await facts.iac();
    const files = iac.files.map((f) => f.file);
    // The engine answers n/a from the profile; this guards a profile built from other IaC signals.
    if (files.length === 0) return notApplicable('No IaC files were found, so there is no IaC change process to judge.');
    const history = await facts.history();
    return judgePrShare(history, await history.prShareTouching(files), 'first-parent commits touching IaC files');
  },
};
