/**
 * What it looks like in a repository when a tool provides a capability: what the evidence layer
 * matches. Signatures are not written by hand: each area of `src/knowledge/` holds its tools as `Tool`
 * objects (src/knowledge/tool.ts) and derives its signature lists from them.
 */
export interface ToolSignature {
  /** The tool's stable id (`Tool.id`, e.g. 'mlflow'): what rules decide by. */
  readonly toolId: string;
  /** Display name, e.g. "MLflow" or "MLflow Model Registry": shown in evidence, never compared. */
  readonly tool: string;
  /** What using it proves, e.g. "experiment-tracking", "drift-monitoring"; rules select by capability. */
  readonly capability: string;
  /**
   * Import roots whose presence in a file's text makes it worth parsing (the cheap literal prefilter),
   * e.g. ['mlflow'] or ['@growthbook/growthbook'].
   */
  readonly imports: readonly string[];
  /**
   * Resolved callees that prove use. `*` matches one dotted segment, a trailing `.**` any rest:
   * 'mlflow.log_metric', 'mlflow.*.autolog', 'sagemaker.model_monitor.**'.
   */
  readonly calls?: readonly string[];
  /** Decorator callees that prove use, same syntax ('app.post' is local, so use 'fastapi.**' via calls). */
  readonly decorators?: readonly string[];
  /**
   * Imports specific enough that, left unused, they hint at this tool (default: `imports`). A generic
   * SDK import (`import sagemaker`, `import boto3`) says nothing of one capability (Clarify, Feature
   * Store): such signatures list their sub-packages here, or nothing when no import is specific.
   */
  readonly hintImports?: readonly string[];
  /** Config files (picomatch globs) whose presence proves use, e.g. 'dvc.yaml', '**\/feature_store.yaml'. */
  readonly configFiles?: readonly string[];
  /**
   * Boolean keyword arguments a call must switch on to prove use, one of them passed and not as False or
   * None on the call's first line: `aim.Run(log_system_params=True)` records the git commit, `aim.Run()` does not.
   */
  readonly switchedOn?: readonly string[];
}

/**
 * Compiles a callee pattern of `ToolSignature.calls` to a matcher: `*` stands for any text inside one
 * dotted segment, `**` for any text across segments (a trailing `.**` also matches the bare prefix).
 * Everything else is literal, so JS scoped names such as `@eppo/js-client-sdk.init` are safe.
 */
export function calleeMatcher(pattern: string): (callee: string) => boolean {
  const bare = pattern.endsWith('.**') ? pattern.slice(0, -3) : null;
  const source = pattern
    .split(/(\*\*|\*)/)
    .map((part) => (part === '**' ? '.*' : part === '*' ? '[^.]*' : part.replace(/[.$^()[\]{}|+?\\/]/g, '\\$&')))
    .join('');
  const regex = new RegExp(`^${source}$`);
  return (callee) => regex.test(callee) || callee === bare;
}
