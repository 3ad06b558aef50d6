import path from 'node:path';
import type { ParsedFiles } from '../../repo/parsed-files.js';
import type { RepoIndex } from '../../repo/repo-index.js';
import { TEST_FIXTURES } from '../environment/known-files.js';
import { asRecord } from '../../util/records.js';
import { escapeRegExp } from '../../util/regexp.js';
import { gitRaw, targetGit } from '../history/git-client.js';
import type { CollectorInput } from '../input.js';
import { lineMentioning, releaseEntryLines, versionOf } from './changelog.js';
import {
  CHANGELOG_NAME,
  DOCS_CHANGELOG,
  LOOKED_AT,
  PACKAGE_JSON_MARKERS,
  PIPELINE_FILES,
  PIPELINE_MARKERS,
  PYPROJECT_TABLES,
  TOOLING_FILES,
} from './known-files.js';
import type { Changelog, ReleaseFacts, ReleaseTooling, TagCheck } from './model.js';

/** How many of the newest version tags are checked against the changelogs. */
const LATEST_TAGS = 3;

export async function detectReleases({ index, parsed }: CollectorInput): Promise<ReleaseFacts> {
  const changelogFiles = index.files.filter(
    (f) => (CHANGELOG_NAME.test(path.posix.basename(f)) || DOCS_CHANGELOG.test(f)) && !TEST_FIXTURES.test(f),
  );
  const entryLines = new Map(changelogFiles.map((file) => [file, releaseEntryLines(index.lines(file))]));
  const changelogs: Changelog[] = [...entryLines].map(([file, entries]) => ({
    file,
    entries: entries.length,
    firstEntryLine: entries[0] ?? null,
  }));
  const tags = await readTags(index);
  const latestTags: TagCheck[] = tags
    .flatMap((tag) => {
      const version = versionOf(tag);
      return version ? [{ tag, version }] : [];
    })
    .slice(0, LATEST_TAGS)
    .map(({ tag, version }) => ({ tag, version, mentionedIn: mention(index, entryLines, version) }));
  return { changelogs, tooling: findTooling(index, parsed), tags, latestTags, lookedAt: LOOKED_AT };
}

async function readTags(index: RepoIndex): Promise<string[]> {
  const target = targetGit(index);
  if (!target || !index.git?.head) return [];
  const output = await gitRaw(target, { kind: 'tags' });
  return (output ?? '').split('\n').map((t) => t.trim()).filter((t) => t !== '');
}

/** Where a release entry (a version heading, not any prose line) names the version. */
function mention(index: RepoIndex, entryLines: ReadonlyMap<string, readonly number[]>, version: string): TagCheck['mentionedIn'] {
  for (const [file, entries] of entryLines) {
    const lines = index.lines(file);
    const at = lineMentioning(entries.map((n) => lines[n - 1] ?? ''), version);
    const line = at === null ? undefined : entries[at - 1];
    if (line !== undefined) return { file, line };
  }
  return null;
}

function findTooling(index: RepoIndex, parsed: ParsedFiles): ReleaseTooling[] {
  const found: ReleaseTooling[] = [];
  const files = index.files.filter((f) => !TEST_FIXTURES.test(f));
  for (const file of files) {
    const byName = TOOLING_FILES.find((t) => t.pattern.test(file));
    if (byName) found.push({ tool: byName.tool, file, line: null, note: `${byName.tool} configuration` });
  }
  for (const file of files.filter((f) => path.posix.basename(f) === 'pyproject.toml')) {
    const tool = asRecord(asRecord(parsed.toml(file))?.tool);
    for (const { tool: name, table } of PYPROJECT_TABLES) {
      if (!tool?.[table]) continue;
      const line = parsed.findLine(file, new RegExp(`^\\s*\\[tool\\.${escapeRegExp(table)}[.\\]]`));
      found.push({ tool: name, file, line, note: `[tool.${table}] in pyproject.toml` });
    }
  }
  for (const file of files.filter((f) => path.posix.basename(f) === 'package.json')) {
    const data = asRecord(parsed.json(file));
    const dependencies = { ...asRecord(data?.dependencies), ...asRecord(data?.devDependencies) };
    for (const marker of PACKAGE_JSON_MARKERS) {
      const name = marker.key ?? marker.dependency ?? '';
      const present = marker.key ? data?.[marker.key] !== undefined : name in dependencies;
      if (!present) continue;
      const line = parsed.findLine(file, new RegExp(`"${escapeRegExp(name)}"\\s*:`));
      found.push({ tool: marker.tool, file, line, note: `${marker.key ? 'key' : 'dependency'} "${name}" in package.json` });
    }
  }
  for (const file of files.filter((f) => PIPELINE_FILES.test(f))) {
    for (const marker of PIPELINE_MARKERS) {
      const line = parsed.findLine(file, marker.pattern);
      if (line !== null) found.push({ tool: marker.tool, file, line, note: `pipeline step runs ${marker.tool}` });
    }
  }
  return found;
}
