import type { Rule } from './rule.js';
import { unanswered } from '../model/answer.js';
import { judgePrShare } from './c18-prs-used-ml-code.js';

export const rule: Rule = {
  id: 50,
  kind: 'detects',
  answers: ['yes', 'no', 'n/a', 'unanswered'],
  looksFor:
    'feature store definitions kept in the repository, and the share of the commits touching them that came through pull requests (measured as in criterion 18)',
  toYes: 'Keep the feature definitions (e.g. the Feast feature repository) in this repository and change them only through pull requests.',
  async answer({ profile, facts }) {
    // The engine answers n/a without a feature store, so the trait's evidence names the files that define or use it.
    const files = [...new Set(profile.featureStore.evidence.map((e) => e.file))];
    if (files.length === 0) return unanswered('No file of this repository defines the feature store, so how features are added cannot be seen here.');
    const history = await facts.history();
    return judgePrShare(history, await history.prShareTouching(files), 'first-parent commits touching the feature store definitions');
  },
};
