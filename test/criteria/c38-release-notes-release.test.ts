import { expect } from 'vitest';
import { fixtureCopy, git } from '../helpers/fixture-repo.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** A fixture copy whose one commit carries `tags`, to check the changelog against them. */
function tagged(fixture: string, tags: readonly string[]): () => string {
  return () => {
    const dir = fixtureCopy(fixture);
    for (const tag of tags) git(dir, ['tag', tag]);
    return dir;
  };
}

ruleTester(38, [
  { fixture: 'rel-keep-a-changelog', answer: 'yes', confidence: 'medium', evidence: ['CHANGELOG.md'] },
  { fixture: 'rel-towncrier-history', answer: 'yes', confidence: 'medium', evidence: ['docs/HISTORY.rst', 'pyproject.toml'] },
  { fixture: 'rel-release-please', answer: 'yes', confidence: 'medium', evidence: ['release-please-config.json'] },
  { fixture: 'rel-placeholder-changelog', answer: 'no', confidence: 'medium', evidence: ['CHANGELOG.md'] },
  { fixture: 'rel-none', answer: 'no', confidence: 'high' },
  {
    name: 'tagged v1.2.0: the changelog covers the latest tag',
    repo: tagged('rel-keep-a-changelog', ['v1.2.0']),
    answer: 'yes',
    confidence: 'high',
    check: (answer) => expect(answer.evidence[0]).toMatchObject({ file: 'CHANGELOG.md', line: 11 }),
  },
  {
    name: 'tagged v1.3.0: the latest tag has no changelog entry and no tooling writes one',
    repo: tagged('rel-keep-a-changelog', ['v1.3.0']),
    answer: 'unanswered',
    rationale: 'v1.3.0',
  },
  {
    name: 'tagged v0.1.0 and v0.2.0: tags, but no changelog or tooling (the tags are counted)',
    repo: tagged('rel-none', ['v0.1.0', 'v0.2.0']),
    answer: 'no',
    confidence: 'medium',
    rationale: /No changelog or release-notes tooling was found\. The repository has 2 git tags \(newest v0\.\d\.0\)/,
    check: (answer) => expect(answer.hints.join(' ')).toMatch(/release pages of v0\.\d\.0/),
  },
]);
