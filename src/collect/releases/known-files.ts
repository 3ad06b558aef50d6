/** Where release notes and release tooling live. Knowledge as data: a new tool is one entry. */

/** CHANGELOG.md, HISTORY.rst, NEWS, RELEASE_NOTES.txt ... at any depth (monorepo packages keep their own). */
export const CHANGELOG_NAME = /^(change[-_]?log|changes|history|releases|release[-_]notes|news)(\.(md|markdown|mdx|rst|txt|adoc))?$/i;

/** docs/changelog.md, docs/source/release-notes.rst, docs/whatsnew/... */
export const DOCS_CHANGELOG = /^docs?\/(.*\/)?(change[-_]?log|changes|release[-_]?notes|releases|history|whats[-_]?new)[\w.-]*\.(md|mdx|rst|txt)$/i;

export const TOOLING_FILES: readonly { readonly tool: string; readonly pattern: RegExp }[] = [
  { tool: 'release-please', pattern: /(^|\/)(release-please-config\.json|\.release-please-manifest\.json)$/ },
  { tool: 'semantic-release', pattern: /(^|\/)(\.releaserc(\.(json|ya?ml|js|cjs|mjs))?|release\.config\.(js|cjs|mjs|ts))$/ },
  { tool: 'changesets', pattern: /(^|\/)\.changeset\/config\.json$/ },
  { tool: 'towncrier', pattern: /(^|\/)towncrier\.toml$/ },
  { tool: 'release-drafter', pattern: /^\.github\/release-drafter\.ya?ml$/ },
  { tool: 'git-cliff', pattern: /(^|\/)cliff\.toml$/ },
];

/** pyproject.toml tables that configure changelog generation. */
export const PYPROJECT_TABLES: readonly { readonly tool: string; readonly table: string }[] = [
  { tool: 'towncrier', table: 'towncrier' },
  { tool: 'git-cliff', table: 'git-cliff' },
  { tool: 'commitizen', table: 'commitizen' },
];

/** package.json: a top-level key or a dev dependency that means release tooling. */
export const PACKAGE_JSON_MARKERS: readonly { readonly tool: string; readonly key?: string; readonly dependency?: string }[] = [
  { tool: 'semantic-release', key: 'release' },
  { tool: 'semantic-release', dependency: 'semantic-release' },
  { tool: 'changesets', dependency: '@changesets/cli' },
  { tool: 'release-it', key: 'release-it' },
];

/** Pipeline steps that publish release notes. */
export const PIPELINE_MARKERS: readonly { readonly tool: string; readonly pattern: RegExp }[] = [
  { tool: 'release-please', pattern: /release-please-action|npx release-please/ },
  { tool: 'semantic-release', pattern: /\bsemantic-release\b/ },
  { tool: 'release-drafter', pattern: /release-drafter\/release-drafter/ },
  { tool: 'changesets', pattern: /changesets\/action/ },
];

export const PIPELINE_FILES = /^(\.github\/workflows\/[^/]+\.ya?ml|\.gitlab-ci\.ya?ml)$/;

export const LOOKED_AT: readonly string[] = [
  'CHANGELOG/CHANGES/HISTORY/RELEASES/NEWS (md, rst, txt), docs/changelog*',
  'release-please, semantic-release, changesets, towncrier, release-drafter, git-cliff config',
  'package.json and pyproject.toml release config',
  'git tags',
];
