import { describe, expect, it } from 'vitest';
import { lineMentioning, releaseEntryLines, versionOf } from '../../../src/collect/releases/changelog.js';
import { createFacts } from '../../../src/evidence/scan-facts.js';
import { RepoIndex } from '../../../src/repo/repo-index.js';
import { fixtureCopy, git } from '../../helpers/fixture-repo.js';

async function releasesOf(dir: string) {
  return createFacts(await RepoIndex.open(dir)).releases();
}

describe('release notes detector', () => {
  it('counts Keep-a-Changelog entries and checks the newest tags against them', async () => {
    const dir = fixtureCopy('rel-keep-a-changelog');
    git(dir, ['tag', 'v1.1.0']);
    git(dir, ['tag', '-a', 'v1.2.0', '-m', 'Release 1.2.0'], { GIT_COMMITTER_DATE: '2025-03-04T12:00:00Z' });
    git(dir, ['tag', 'nightly']);
    const facts = await releasesOf(dir);
    expect(facts.changelogs).toEqual([{ file: 'CHANGELOG.md', entries: 3, firstEntryLine: 11 }]);
    expect(facts.tags).toContain('nightly');
    expect(facts.latestTags).toEqual([
      { tag: 'v1.2.0', version: '1.2.0', mentionedIn: { file: 'CHANGELOG.md', line: 11 } },
      { tag: 'v1.1.0', version: '1.1.0', mentionedIn: { file: 'CHANGELOG.md', line: 16 } },
    ]);
  });

  it('finds release-please config and its workflow step', async () => {
    const facts = await releasesOf(fixtureCopy('rel-release-please'));
    expect(facts.tooling.map((t) => [t.tool, t.file, t.line])).toEqual([
      ['release-please', '.release-please-manifest.json', null],
      ['release-please', 'release-please-config.json', null],
      ['release-please', '.github/workflows/release.yml', 12],
    ]);
    expect(facts.changelogs).toEqual([]);
  });

  it('reads towncrier in pyproject and an underlined reStructuredText history in docs/', async () => {
    const facts = await releasesOf(fixtureCopy('rel-towncrier-history'));
    expect(facts.tooling.map((t) => [t.tool, t.file, t.line])).toEqual([['towncrier', 'pyproject.toml', 5]]);
    expect(facts.changelogs).toEqual([{ file: 'docs/HISTORY.rst', entries: 2, firstEntryLine: 6 }]);
  });

  it('sees a placeholder changelog as holding no entries, and reads no tags outside git', async () => {
    const facts = await releasesOf(fixtureCopy('rel-placeholder-changelog', { git: false }));
    expect(facts.changelogs).toEqual([{ file: 'CHANGELOG.md', entries: 0, firstEntryLine: null }]);
    expect(facts.tags).toEqual([]);
  });
});

describe('changelog helpers', () => {
  it('takes versions from tag names', () => {
    expect(['v1.2.3', 'churn-model@0.4.1', 'release-2024.06.01', 'v2.0.0-rc.1', 'latest'].map(versionOf)).toEqual([
      '1.2.3',
      '0.4.1',
      '2024.06.01',
      '2.0.0-rc.1',
      null,
    ]);
  });

  it('matches a version only as a whole', () => {
    const lines = ['## 1.2.30', '## 11.2.3', '- bumped to v1.2.3.'];
    expect(lineMentioning(lines, '1.2.3')).toBe(3);
    expect(lineMentioning(lines, '1.2')).toBeNull();
  });

  it('reads calendar versions written as one date (v20250625), not other long numbers', () => {
    expect(['v20250625', 'build-12345678', 'v2025062'].map(versionOf)).toEqual(['20250625', null, null]);
    expect(releaseEntryLines(['# CHANGELOG', '## [v20250625](https://example.org/releases/tag/v20250625)', '* fix (#2451)', '## Issue 20251399'])).toEqual([2]);
    expect(lineMentioning(['## [v20240930]', '## [v20250625]'], '20250625')).toBe(2);
  });

  it('does not take a bullet mentioning a version for a release entry', () => {
    expect(releaseEntryLines(['# Changelog', '- upgrade pandas to 2.2.3', 'Version 0.3 (beta)', '=== 0.2'])).toEqual([3, 4]);
  });
});
