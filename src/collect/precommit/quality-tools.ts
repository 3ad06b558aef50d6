import { escapeRegExp } from '../../util/regexp.js';
import type { HookPurpose } from './model.js';

/**
 * Tools that check or rewrite code, recognised in a hook id or the command a hook runs. Knowledge as
 * data: a new tool is one entry. Specific tools come first; the generic script names (`npm run lint`,
 * `make format`) come last.
 */
const QUALITY_TOOLS: readonly { readonly purpose: Exclude<HookPurpose, 'housekeeping'>; readonly names: readonly string[] }[] = [
  {
    purpose: 'type-checker',
    names: ['mypy', 'pyright', 'pytype', 'basedpyright', 'tsc', 'vue-tsc'],
  },
  {
    purpose: 'formatter',
    names: [
      'black', 'black-jupyter', 'blacken-docs', 'isort', 'autopep8', 'yapf', 'docformatter', 'prettier', 'terraform_fmt',
      'terraform fmt', 'tofu fmt', 'gofmt', 'goimports', 'rustfmt', 'cargo fmt', 'clang-format', 'ruff-format', 'ruff format',
      'biome', 'dprint', 'styler', 'scalafmt', 'ktfmt',
    ],
  },
  {
    purpose: 'linter',
    names: [
      'ruff', 'flake8', 'pylint', 'pyflakes', 'pycodestyle', 'pydocstyle', 'bandit', 'nbqa', 'sqlfluff', 'sqlfluff-lint',
      'yamllint', 'hadolint', 'hadolint-docker', 'shellcheck', 'tflint', 'terraform_tflint', 'terraform_validate', 'checkov',
      'eslint', 'stylelint', 'markdownlint', 'golangci-lint', 'clippy', 'rubocop', 'ktlint', 'lintr', 'lint-staged',
    ],
  },
  // Generic project scripts, matched last: `npm run lint`, `make format`, `yarn typecheck`.
  { purpose: 'type-checker', names: ['typecheck', 'type-check'] },
  { purpose: 'formatter', names: ['format', 'fmt'] },
  { purpose: 'linter', names: ['lint'] },
  { purpose: 'tests', names: ['pytest', 'jest', 'vitest', 'tox', 'nox', 'test', 'tests'] },
];

/** pre-commit-hooks ids that contain a quality word but only tidy data files. */
const HOUSEKEEPING_IDS: ReadonlySet<string> = new Set([
  'pretty-format-json',
  'check-yaml',
  'check-toml',
  'check-json',
  'name-tests-test',
]);

const MATCHERS = QUALITY_TOOLS.flatMap(({ purpose, names }) =>
  names.map((name) => ({
    purpose,
    name,
    // Hook ids and commands separate words with -, _, spaces, slashes or colons; a tool name must stand alone.
    pattern: new RegExp(`(^|[^a-z0-9])${escapeRegExp(name)}($|[^a-z0-9])`),
  })),
);

export interface Classification {
  readonly purpose: HookPurpose;
  readonly checker: string | null;
}

/** Classifies a hook by its id, name and command (any of which may name the tool). */
export function classifyHook(...texts: readonly (string | undefined)[]): Classification {
  const words = texts.filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase());
  if (words.some((w) => HOUSEKEEPING_IDS.has(w))) return { purpose: 'housekeeping', checker: null };
  const text = words.join(' ');
  const match = MATCHERS.find((m) => m.pattern.test(text));
  return match ? { purpose: match.purpose, checker: match.name } : { purpose: 'housekeeping', checker: null };
}
