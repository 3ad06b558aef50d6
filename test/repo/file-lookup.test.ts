import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { FileLookup } from '../../src/repo/file-lookup.js';

/** What the lookup must always equal: every file tested by picomatch, in list order. */
const everyFile = (files: readonly string[], patterns: readonly string[]): string[] => {
  const isMatch = picomatch([...patterns], { dot: true });
  return files.filter((file) => isMatch(file));
};

const FILES = [
  '.azure-pipelines/deploy/prod.yaml',
  '.github/settings.yml',
  '.github/workflows/ci.yml',
  '.github/workflows/release.yaml',
  '.gitlab-ci.yml',
  'Dockerfile',
  'Dockerfile.gpu',
  'README.md',
  'a/{b/c,d}.yml',
  'a/b/c.yml',
  'a/d.yml',
  'ansible/roles/web/tasks/main.yml',
  'docker-compose.dev.yml',
  'infra/build/app.yaml',
  'infra/main.tf',
  'services/x/Dockerfile',
  'services/x/src/m1.py',
  'services/x/tests/test_m1.py',
  'services/y/.env',
  'services/y/notebooks/explore.ipynb',
  'typedoc.config.mjs',
  'x.gitignore',
  '.gitignore',
].sort();

const PATTERNS = [
  '**/*.{yaml,yml}',
  '.github/workflows/*.{yml,yaml}',
  '**/roles/*/tasks/main.{yml,yaml}',
  '**/Dockerfile',
  '**/Dockerfile.*',
  'Dockerfile*',
  '**/docker-compose*.yml',
  '.azure-pipelines/**/*.{yml,yaml}',
  '.azure-pipelines/**',
  '**/build/*.{yaml,yml}',
  'services/*/src/*.py',
  '**/test_*.py',
  '**/*.ipynb',
  'typedoc.config.*',
  '*.gitignore',
  '**/.env',
  'a/{b/c,d}.yml',
  '**/*',
  '!**/*.py',
  '**/*.@(yml|yaml)',
  'README.md',
  'infra/main.tf',
  '**/{a,b}/*.{1..3}',
];

describe('FileLookup', () => {
  it.each(PATTERNS)('matches %s as picomatch over every file does', (pattern) => {
    expect(new FileLookup(FILES).matching([pattern])).toEqual(everyFile(FILES, [pattern]));
  });

  it('matches a set of patterns as one, each file once, in list order', () => {
    const patterns = ['**/*.yml', '.github/**', '**/Dockerfile*'];
    const found = new FileLookup(FILES).matching(patterns);
    expect(found).toEqual(everyFile(FILES, patterns));
    expect(found).toContain('.github/workflows/ci.yml');
  });

  it('lists base names matching a regular expression, in list order', () => {
    expect(new FileLookup(FILES).named(/^dockerfile/i)).toEqual(['Dockerfile', 'Dockerfile.gpu', 'services/x/Dockerfile']);
  });

  it('agrees with picomatch on generated trees and patterns', () => {
    const segment = fc.constantFrom('a', 'b', 'src', '.github', 'workflows', 'tests', 'x.y', 'Dockerfile', 'main');
    const name = fc.constantFrom('m.py', 'test_m.py', 'ci.yml', 'ci.yaml', 'Dockerfile', 'Dockerfile.gpu', '.env', 'a.tar.gz', 'README.md', 'main.tf');
    const file = fc.tuple(fc.array(segment, { maxLength: 3 }), name).map(([dirs, base]) => [...dirs, base].join('/'));
    const part = fc.constantFrom('**', '*', 'a', 'src', '.github', 'tests', '{a,b}', 'x.y');
    const last = fc.constantFrom('*.py', 'test_*.py', '*.{yml,yaml}', 'Dockerfile', 'Dockerfile*', 'Dockerfile.*', '*', '**', '.env', '*.gz', 'main.*', '?ain.tf', '[mt]*.py');
    const pattern = fc.tuple(fc.array(part, { maxLength: 3 }), last).map(([dirs, base]) => [...dirs, base].join('/'));
    fc.assert(
      fc.property(fc.uniqueArray(file, { maxLength: 40 }), fc.array(pattern, { minLength: 1, maxLength: 3 }), (files, patterns) => {
        const sorted = [...files].sort();
        expect(new FileLookup(sorted).matching(patterns)).toEqual(everyFile(sorted, patterns));
      }),
      { numRuns: 500 },
    );
  });
});
