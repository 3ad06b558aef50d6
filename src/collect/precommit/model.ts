/** Git hooks that run before commit or push: pre-commit, husky, lefthook, overcommit. */
export type HookManager = 'pre-commit' | 'husky' | 'simple-git-hooks' | 'lefthook' | 'overcommit';

/**
 * What a hook does. Linters, formatters and type checkers enforce code quality (criterion 31); `tests`
 * run the test suite; `housekeeping` covers whitespace, YAML syntax, large files, commit messages ...
 */
export type HookPurpose = 'linter' | 'formatter' | 'type-checker' | 'tests' | 'housekeeping';

export const QUALITY_PURPOSES: ReadonlySet<HookPurpose> = new Set(['linter', 'formatter', 'type-checker']);

export interface HookDefinition {
  readonly tool: HookManager;
  readonly file: string;
  readonly line: number | null;
  /** The hook id, or the command it runs. */
  readonly hook: string;
  readonly purpose: HookPurpose;
  /** The quality tool recognised in it (ruff, eslint, mypy ...); null for housekeeping. */
  readonly checker: string | null;
  /**
   * Set when the checker was found by following the hook's command into the repository (`make style`
   * → a Makefile recipe line, `./scripts/lint.sh` → a script line): where that command is written.
   */
  readonly resolved?: { readonly file: string; readonly line: number | null; readonly text: string };
}

/**
 * Whether the hook's configuration sits where its manager reads it by default: pre-commit reads the
 * config at the repository root, so one in a subfolder runs only when that subproject sets it up.
 */
export function atRoot(hook: Pick<HookDefinition, 'file'>): boolean {
  return !hook.file.includes('/') || hook.file.startsWith('.husky/');
}

export interface HookConfig {
  readonly tool: HookManager;
  readonly file: string;
}

export interface PrecommitFacts {
  readonly hooks: readonly HookDefinition[];
  /** Hook configurations found, even when they define no hook. */
  readonly configs: readonly HookConfig[];
  readonly lookedAt: readonly string[];
}
