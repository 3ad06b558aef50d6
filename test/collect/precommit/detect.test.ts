import { describe, expect, it } from 'vitest';
import { createFacts } from '../../../src/evidence/scan-facts.js';
import { classifyHook } from '../../../src/collect/precommit/quality-tools.js';
import { RepoIndex } from '../../../src/repo/repo-index.js';
import { fixtureCopy, tempDir, writeFiles } from '../../helpers/fixture-repo.js';

async function hooksOf(dir: string) {
  return createFacts(await RepoIndex.open(dir)).precommit();
}

describe('pre-commit hook detector', () => {
  it('reads pre-commit hook ids with their lines and skips manual-stage hooks', async () => {
    const { hooks } = await hooksOf(fixtureCopy('hooks-precommit-python'));
    expect(hooks.map((h) => [h.hook, h.line, h.purpose, h.checker])).toEqual([
      ['trailing-whitespace', 7, 'housekeeping', null],
      ['check-yaml', 8, 'housekeeping', null],
      ['ruff', 13, 'linter', 'ruff'],
      ['ruff-format', 15, 'formatter', 'ruff-format'],
      ['mypy', 19, 'type-checker', 'mypy'],
    ]);
  });

  it('reads husky scripts line by line; commit-msg hooks are housekeeping', async () => {
    const { hooks, configs } = await hooksOf(fixtureCopy('hooks-husky-lint-staged'));
    expect(hooks.map((h) => [h.file, h.line, h.hook, h.purpose])).toEqual([
      ['.husky/commit-msg', 1, 'npx --no -- commitlint --edit "$1"', 'housekeeping'],
      ['.husky/pre-commit', 4, 'npx lint-staged', 'linter'],
    ]);
    expect(configs.map((c) => c.tool)).toEqual(['husky', 'husky']);
  });

  it('reads lefthook commands and jobs, overcommit hooks and package.json hooks', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'lefthook.yml': [
        'pre-commit:',
        '  parallel: true',
        '  commands:',
        '    types:',
        '      run: npx tsc --noEmit',
        '  jobs:',
        '    - name: sql',
        '      run: sqlfluff lint {staged_files}',
        'commit-msg:',
        '  commands:',
        '    lint-message:',
        '      run: npx commitlint --edit',
        '',
      ].join('\n'),
      '.overcommit.yml': 'PreCommit:\n  ALL:\n    quiet: true\n  RuboCop:\n    enabled: true\n  TrailingWhitespace:\n    enabled: true\n  YamlLint:\n    enabled: false\n',
      'package.json': '{\n  "name": "x",\n  "simple-git-hooks": {\n    "pre-commit": "npm run format"\n  }\n}\n',
    });
    const { hooks } = await hooksOf(dir);
    expect(hooks.map((h) => [h.tool, h.hook, h.line, h.purpose])).toEqual([
      ['lefthook', 'npx tsc --noEmit', 5, 'type-checker'],
      ['lefthook', 'sqlfluff lint {staged_files}', 8, 'linter'],
      ['lefthook', 'npx commitlint --edit', 12, 'housekeeping'],
      ['overcommit', 'RuboCop', 4, 'linter'],
      ['overcommit', 'TrailingWhitespace', 6, 'housekeeping'],
      ['simple-git-hooks', 'npm run format', 4, 'formatter'],
    ]);
  });

  it('records a broken config as skipped and finds no hooks', async () => {
    const dir = tempDir();
    writeFiles(dir, { '.pre-commit-config.yaml': 'repos:\n  - repo: x\n    hooks: [\n' });
    const index = await RepoIndex.open(dir);
    const facts = await createFacts(index).precommit();
    expect(facts.hooks).toEqual([]);
    expect(facts.configs.map((c) => c.file)).toEqual(['.pre-commit-config.yaml']);
    expect(index.skipped.map((s) => s.file)).toEqual(['.pre-commit-config.yaml']);
  });
});

describe('hook classification', () => {
  it.each([
    ['black-jupyter', 'formatter'],
    ['nbqa-isort', 'formatter'],
    ['terraform_fmt', 'formatter'],
    ['hadolint-docker', 'linter'],
    ['pretty-format-json', 'housekeeping'],
    ['detect-private-key', 'housekeeping'],
    ['make lint', 'linter'],
    ['pytest -x', 'tests'],
  ])('%s → %s', (text, purpose) => {
    expect(classifyHook(text).purpose).toBe(purpose);
  });
});

describe('hooks that call repository commands', () => {
  it('resolves a local `make` hook to the linters its target runs, keeping the hook line', async () => {
    const dir = tempDir('mlops-scan-hooks-');
    writeFiles(dir, {
      '.pre-commit-config.yaml': 'repos:\n  - repo: local\n    hooks:\n      - id: style\n        entry: make\n        args: [style]\n        language: system\n',
      Makefile: 'style:\n\tblack .\n\tflake8\n\techo done\n',
    });
    const { hooks } = await hooksOf(dir);
    expect(hooks.map((h) => [h.line, h.checker, h.resolved?.file, h.resolved?.line])).toEqual([[4, 'black', 'Makefile', 2], [4, 'flake8', 'Makefile', 3]]);
  });
});
