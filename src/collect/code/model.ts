/** What the project's own source code does, from real parsers (tree-sitter for Python, ts-morph for JS/TS). */
export type SourceLanguage = 'python' | 'notebook' | 'javascript' | 'typescript';

export interface SourceFile {
  readonly file: string;
  readonly language: SourceLanguage;
}

/**
 * `import a.b as c` → {module: 'a.b', imported: null, local: 'c'};
 * `from a import b as c` → {module: 'a', imported: 'b', local: 'c'};
 * JS `import x from 'express'` → {module: 'express', imported: 'default', local: 'x'}.
 */
export interface CodeImport {
  readonly module: string;
  readonly imported: string | null;
  readonly local: string;
  readonly line: number;
}

/** A call whose callee is resolved through the imports: `mf.log_metric()` after `import mlflow as mf` → `mlflow.log_metric`. */
export interface CodeCall {
  readonly callee: string;
  readonly line: number;
  /** The call's source text, first line only, trimmed to 160 characters, for evidence notes. */
  readonly snippet: string;
  /** Keyword argument names (`DataCaptureConfig(EnableCapture=True)` → ['EnableCapture']). */
  readonly keywords: readonly string[];
  /** The callee as written (dotted), before resolution: `client.log_param` for `mlflow.MlflowClient.log_param`. */
  readonly written?: string;
}

/** `@app.post("/predict")` → {callee: 'app.post', ...} (local names stay unresolved when not imported). */
export interface CodeDecorator {
  readonly callee: string;
  readonly line: number;
  readonly snippet: string;
  /** Name of the decorated function or class. */
  readonly target: string | null;
  /**
   * The imported class the decorator's receiver was made from, when known: `app = FastAPI()` then
   * `@app.post(...)` → 'fastapi.FastAPI' (the callee itself stays `app.post`).
   */
  readonly instanceOf?: string;
}

export interface CodeDefinition {
  readonly kind: 'function' | 'class' | 'method';
  readonly name: string;
  readonly line: number;
  readonly hasDocstring: boolean;
  /** Not starting with `_` (Python) / exported or public member (JS/TS). */
  readonly isPublic: boolean;
  /**
   * Python classes: base classes resolved through the imports (`class R(BaseModel)` after
   * `from pydantic import BaseModel` → ['pydantic.BaseModel']); absent when the class has none.
   */
  readonly bases?: readonly string[];
  /**
   * Python functions and methods: the parameter and return type annotations as written
   * (`def predict(req: PredictRequest) -> PredictResponse` → ['PredictRequest', 'PredictResponse']);
   * absent when there are none. Typed API handlers are recognised by them (criterion 7).
   */
  readonly annotations?: readonly string[];
}

export interface SourceModule extends SourceFile {
  readonly imports: readonly CodeImport[];
  readonly calls: readonly CodeCall[];
  readonly decorators: readonly CodeDecorator[];
  readonly definitions: readonly CodeDefinition[];
}

/** What parsing one file yields, before it is attached to its file. */
export type CodeAnalysis = Pick<SourceModule, 'imports' | 'calls' | 'decorators' | 'definitions'>;

export interface CodeFacts {
  /** Every source file of the project (listed, not parsed). */
  readonly sources: readonly SourceFile[];
  /**
   * Modules whose text contains at least one of `names` (a cheap literal scan), parsed; each file is
   * parsed at most once per scan however many rules ask. Names are import roots such as 'mlflow'.
   */
  modulesMentioning(names: readonly string[]): Promise<readonly SourceModule[]>;
  /**
   * The project's own definitions (non-test, non-vendored, non-generated source) for docs coverage.
   * On a large codebase a deterministic sample may be parsed instead of everything (`sampled`).
   */
  ownDefinitions(): Promise<DefinitionCensus>;
}

export interface DefinitionCensus {
  readonly definitions: readonly (CodeDefinition & { readonly file: string })[];
  /** Files whose definitions were counted. */
  readonly filesCounted: number;
  /** True when only a sample of the source files was parsed. */
  readonly sampled: boolean;
}
