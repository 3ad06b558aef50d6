import { describe, expect, it } from 'vitest';
import { CRITERIA } from '../../src/model/questionnaire.js';
import { qualifyNoAnswers, unreadEvidence } from '../../src/engine/unread-files.js';
import { no, yes } from '../../src/model/answer.js';

const criterion = (id: number) => {
  const found = CRITERIA[id - 1];
  if (!found) throw new Error('no criterion');
  return found;
};

describe('unread evidence', () => {
  it('keeps source, docs and config files, not binaries or data', () => {
    expect(
      unreadEvidence([
        { file: 'notebooks/eda.ipynb', reason: 'larger than 1 MiB (2500000 bytes)' },
        { file: 'data/train.csv', reason: 'larger than 1 MiB (9000000 bytes)' },
        { file: 'model.py', reason: 'binary file' },
        { file: '.github/workflows/ci.yml', reason: 'could not parse: invalid YAML' },
        { file: 'docker/Dockerfile.gpu', reason: 'unreadable: EACCES' },
      ]).map((s) => s.file),
    ).toEqual(['notebooks/eda.ipynb', '.github/workflows/ci.yml', 'docker/Dockerfile.gpu']);
  });

  it('drops a high-confidence no to medium naming the unread files, and leaves other answers alone', () => {
    const results = [
      { criterion: criterion(54), answer: no('No explainer is called.', ['code']) },
      { criterion: criterion(31), answer: yes('hooks', [{ file: '.pre-commit-config.yaml', line: 3, note: 'ruff' }]) },
    ];
    const [explain, hooks] = qualifyNoAnswers(results, [{ file: 'nb/explain.ipynb', reason: 'larger than 1 MiB (2 bytes)' }]);
    expect(explain?.answer.answer === 'no' && explain.answer.confidence).toBe('medium');
    expect(explain?.answer.hints.at(-1)).toContain('nb/explain.ipynb');
    expect(hooks?.answer).toBe(results[1]?.answer);
    expect(qualifyNoAnswers(results, [{ file: 'data/x.csv', reason: 'larger than 1 MiB (2 bytes)' }])[0]?.answer).toBe(results[0]?.answer);
  });
});
