import type { Rule } from './rule.js';
import { featureConfigs } from '../evidence/feature-config.js';
import { FEATURE_REGISTRY_PROBES } from '../knowledge/feature-config.js';
import { nonEmpty, unanswered, yes } from '../model/answer.js';
import { probeFiles } from '../evidence/probe-files.js';
import { repoTexts } from '../evidence/repo-texts.js';
import { asEvidence } from '../evidence/usages.js';

export const rule: Rule = {
  id: 53,
  kind: 'detects',
  answers: ['yes', 'unanswered'],
  looksFor: 'feature lists in config files (YAML/JSON/TOML keys such as features, num_features, cat_features, feature_columns with at least two entries) or a declarative feature registry (Feast feature repository)',
  toYes: 'Keep the model\'s feature definitions in configuration (e.g. `num_features:` / `cat_features:` lists in a project config, or a feature store registry) that the code reads.',
  async answer({ facts }) {
    const texts = await repoTexts(facts);
    const lists = featureConfigs(texts);
    const registry = await probeFiles(facts, FEATURE_REGISTRY_PROBES);
    const proof = nonEmpty([...asEvidence(lists, 4), ...asEvidence(registry, 2)]);
    if (proof) {
      const what = lists.length > 0 ? 'feature lists are kept in configuration files' : 'features are declared in a feature store registry';
      return yes(`Feature configuration is separated from code: ${what}.`, proof, {
        confidence: 'medium',
        hints: ['Confirm the code reads these lists rather than repeating the feature names inline.'],
      });
    }
    return unanswered('No feature list in a configuration file and no feature registry was found; features may be defined inline in code.', {
      hints: ['Look for feature names hard-coded in training or serving code, or feature configuration kept outside the repository.'],
    });
  },
};
