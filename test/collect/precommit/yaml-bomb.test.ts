import { expect, it } from 'vitest';
import { scanRepository } from '../../../src/engine/scan.js';
import { tempDir, writeFiles } from '../../helpers/fixture-repo.js';
import { yamlBomb } from '../../helpers/yaml-bomb.js';

// Regression: the bomb surfaced as an internal error of criterion 31 ("Excessive alias count").
it('answers criterion 31 when .pre-commit-config.yaml is a billion-laughs bomb, listing the file as skipped', async () => {
  const dir = tempDir();
  writeFiles(dir, { '.pre-commit-config.yaml': yamlBomb(9, 9), 'train.py': 'import sklearn\n' });
  const scan = await scanRepository(dir);
  const answer = scan.results.find((r) => r.criterion.id === 31)?.answer;
  // A failing rule gives `unanswered` with an internal error; the bomb leaves the rule nothing to fail on.
  expect(answer?.answer).not.toBe('unanswered');
  expect(scan.skipped).toContainEqual({ file: '.pre-commit-config.yaml', reason: 'could not parse: YAML aliases expand to more than 100000 nodes' });
});
