import { describe, expect, it } from 'vitest';
import { scanRepository } from '../../../src/engine/scan.js';
import { git, tempDir, writeFiles } from '../../helpers/fixture-repo.js';

const RISKS = `# Model card

## Risks and limitations

The model under-ranks new customers because their history is short; a wrong ranking costs a missed
call, so the impact of a failure is small and the list is reviewed by the retention lead every week.
`;

function commitAt(dir: string, date: string, files: Record<string, string>, message: string): void {
  writeFiles(dir, files);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
}

async function riskAnswer(docsDate: string, codeDate: string, laterNonCode?: string) {
  const dir = tempDir('mlops-scan-docs-age-');
  git(dir, ['init', '-q']);
  commitAt(dir, docsDate, { 'MODEL_CARD.md': RISKS }, 'Model card');
  commitAt(dir, codeDate, { 'train.py': 'import pandas as pd\n\n\ndef train() -> None:\n    pd.DataFrame()\n' }, 'Training code');
  if (laterNonCode) commitAt(dir, laterNonCode, { 'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request.\n', 'data/prices.csv': 'a,b\n1,2\n' }, 'Docs and data');
  const scan = await scanRepository(dir);
  const result = scan.results.find((r) => r.criterion.id === 3);
  if (!result) throw new Error('criterion 3 missing');
  return result.answer;
}

describe('documentation kept up to date', () => {
  it('lowers confidence and says the age when the evidence is over a year older than the last code change', async () => {
    const answer = await riskAnswer('2022-01-10T12:00:00Z', '2024-03-01T12:00:00Z');
    expect(answer.answer).toBe('yes');
    expect(answer.answer === 'yes' && answer.confidence).toBe('medium');
    expect(answer.rationale).toMatch(/last changed 2022-01-10, 2\d months before the last code change \(2024-03-01\)/);
  });

  it('dates the code by its last change to code files, not by later changes to docs or data', async () => {
    const answer = await riskAnswer('2022-01-10T12:00:00Z', '2024-03-01T12:00:00Z', '2025-06-01T12:00:00Z');
    expect(answer.rationale).toMatch(/before the last code change \(2024-03-01\)/);
  });

  it('keeps high confidence when the evidence is recent', async () => {
    const answer = await riskAnswer('2024-01-10T12:00:00Z', '2024-03-01T12:00:00Z');
    expect(answer.answer === 'yes' && answer.confidence).toBe('high');
    expect(answer.rationale).not.toMatch(/months before/);
  });
});
