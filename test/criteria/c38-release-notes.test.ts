import { describe, expect, it } from 'vitest';
import { rule } from '../../src/criteria/c38-release-notes-release.js';
import { createFacts } from '../../src/evidence/scan-facts.js';
import { trait, type Profile } from '../../src/profile/profile.js';
import { RepoIndex } from '../../src/repo/repo-index.js';
import { fixtureCopy, git } from '../helpers/fixture-repo.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(38, [
  { fixture: 'rel-keep-a-changelog', answer: 'yes', confidence: 'medium', evidence: ['CHANGELOG.md'] },
  { fixture: 'rel-towncrier-history', answer: 'yes', confidence: 'medium', evidence: ['docs/HISTORY.rst', 'pyproject.toml'] },
  { fixture: 'rel-release-please', answer: 'yes', confidence: 'medium', evidence: ['release-please-config.json'] },
  { fixture: 'rel-placeholder-changelog', answer: 'no', confidence: 'medium', evidence: ['CHANGELOG.md'] },
  { fixture: 'rel-none', answer: 'no', confidence: 'high' },
]);

const absent = trait([], 'not computed in this test');
const PROFILE: Profile = { languages: [], realtime: absent, batch: absent, iac: absent, featureStore: absent, abTesting: absent };

async function answerWithTags(fixture: string, tags: readonly string[]) {
  const dir = fixtureCopy(fixture);
  for (const tag of tags) git(dir, ['tag', tag]);
  return rule.answer({ profile: PROFILE, facts: createFacts(await RepoIndex.open(dir)) });
}

describe('criterion 38 against git tags', () => {
  it('yes (high) when the changelog covers the latest tag', async () => {
    const answer = await answerWithTags('rel-keep-a-changelog', ['v1.2.0']);
    expect(answer).toMatchObject({ answer: 'yes', confidence: 'high' });
    expect(answer.evidence[0]).toMatchObject({ file: 'CHANGELOG.md', line: 11 });
  });

  it('unanswered when the latest tag has no changelog entry and no tooling writes one', async () => {
    const answer = await answerWithTags('rel-keep-a-changelog', ['v1.3.0']);
    expect(answer.answer).toBe('unanswered');
    expect(answer.rationale).toContain('v1.3.0');
  });

  it('no (medium) with the tags counted when tags exist but no changelog or tooling', async () => {
    const answer = await answerWithTags('rel-none', ['v0.1.0', 'v0.2.0']);
    expect(answer).toMatchObject({ answer: 'no', confidence: 'medium' });
    expect(answer.rationale).toMatch(/No changelog or release-notes tooling was found\. The repository has 2 git tags \(newest v0\.\d\.0\)/);
    expect(answer.hints.join(' ')).toMatch(/release pages of v0\.\d\.0/);
  });
});
