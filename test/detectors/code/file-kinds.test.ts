import { describe, expect, it } from 'vitest';
import { illustrativeKind, onlyIllustrates, ownsCodeBesideIllustrations } from '../../../src/detectors/code/file-kinds.js';

describe('illustrativeKind', () => {
  it('names teaching folders by their segments only', () => {
    expect(illustrativeKind('examples/credit-risk/train.py')).toBe('teaching');
    expect(illustrativeKind('docs/tutorials/azure/notebooks/part3.ipynb')).toBe('teaching');
    expect(illustrativeKind('infra/website/docs/blog/rollback.md')).toBe('teaching');
    expect(illustrativeKind('sdk/demo/app.py')).toBe('teaching');
    expect(illustrativeKind('notebooks/official/train.ipynb')).toBeNull();
    expect(illustrativeKind('src/examples_loader.py')).toBeNull();
    expect(illustrativeKind('course/week1/train.py')).toBeNull();
  });

  it('names coding-assistant instructions', () => {
    expect(illustrativeKind('.claude/skills/user-guide/SKILL.md')).toBe('assistant');
    expect(illustrativeKind('.cursor/rules/python.mdc')).toBe('assistant');
    expect(illustrativeKind('AGENTS.md')).toBe('assistant');
    expect(illustrativeKind('sdk/CLAUDE.md')).toBe('assistant');
    expect(illustrativeKind('README.md')).toBeNull();
  });
});

describe('onlyIllustrates', () => {
  it('sets examples apart when the repository has code of its own', () => {
    const files = ['examples/churn/train.py', 'src/store/core.py', 'tests/test_core.py'];
    expect(ownsCodeBesideIllustrations(files)).toBe(true);
    expect(onlyIllustrates('examples/churn/train.py', files)).toBe(true);
    expect(onlyIllustrates('src/store/core.py', files)).toBe(false);
  });

  it('keeps the examples of a samples collection, but never assistant instructions', () => {
    const files = ['CLAUDE.md', 'README.md', 'samples/churn/train.py', 'tests/test_train.py'];
    expect(ownsCodeBesideIllustrations(files)).toBe(false);
    expect(onlyIllustrates('samples/churn/train.py', files)).toBe(false);
    expect(onlyIllustrates('CLAUDE.md', files)).toBe(true);
  });
});
