import { importsFrom } from '../collect/code/imports.js';
import type { CodeCall, CodeFacts, SourceModule } from '../collect/code/model.js';
import { calleeMatcher } from '../knowledge/signature.js';

/** A call found in a parsed module. */
export interface CallSite {
  readonly file: string;
  readonly call: CodeCall;
}

/**
 * What a refined call search looks for: calls of `calls` (ToolSignature syntax) in modules importing
 * one of `imports`, kept only when `where` accepts the call (a keyword argument, a snippet pattern).
 * `findUsages` answers "is the tool used"; this answers "is it used in this particular way".
 */
export interface CallQuery {
  readonly imports: readonly string[];
  readonly calls: readonly string[];
  readonly where?: (call: CodeCall) => boolean;
}

export async function callSites(code: CodeFacts, query: CallQuery): Promise<CallSite[]> {
  const modules = await code.modulesMentioning(query.imports);
  const matchers = query.calls.map(calleeMatcher);
  const sites: CallSite[] = [];
  for (const module of modules) {
    if (!importsAny(module, query.imports)) continue;
    for (const call of module.calls) {
      if (matchers.some((m) => m(call.callee)) && (query.where?.(call) ?? true)) sites.push({ file: module.file, call });
    }
  }
  return sites;
}

/** True when the module imports one of the roots (`mlflow` covers `mlflow.sklearn`). */
export function importsAny(module: SourceModule, roots: readonly string[]): boolean {
  return module.imports.some((i) => roots.some((root) => importsFrom(i, root)));
}

/** A call taking any of the keyword arguments. */
export function withKeyword(...names: readonly string[]): (call: CodeCall) => boolean {
  return (call) => call.keywords.some((k) => names.includes(k));
}

/** A call whose source text matches. */
export function withSnippet(pattern: RegExp): (call: CodeCall) => boolean {
  return (call) => pattern.test(call.snippet);
}
