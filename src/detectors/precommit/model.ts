/** Git hooks that run before commit or push: pre-commit, husky, lefthook, overcommit. */
export interface HookDefinition {
  readonly tool: string;
  readonly file: string;
  readonly line: number | null;
  readonly hook: string;
}

export interface PrecommitFacts {
  readonly hooks: readonly HookDefinition[];
  readonly lookedAt: readonly string[];
}
