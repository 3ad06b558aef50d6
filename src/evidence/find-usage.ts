import { importsFrom } from '../collect/code/imports.js';
import type { CodeCall, CodeFacts, SourceModule } from '../collect/code/model.js';
import type { RepoIndex } from '../repo/repo-index.js';
import type { Evidence } from '../model/answer.js';
import { calleeMatcher, type ToolSignature } from '../knowledge/signature.js';
import { escapeRegExp } from '../util/regexp.js';

/** One proof that a tool is used: a call site, decorator or config file. */
export interface ToolUsage extends Evidence {
  /**
   * The tool's id when the usage proves one tool's use (a signature); null for file probes and
   * patterns that no single tool owns (a `logger:` line, a hashed variant assignment).
   */
  readonly toolId: string | null;
  /** Display name, for notes and rationales. */
  readonly tool: string;
  readonly capability: string;
  readonly via: 'call' | 'decorator' | 'config';
}

/** Use proven by call sites or config files, and imports that were never used (hints, not proof). */
export interface UsageFindings {
  readonly usages: readonly ToolUsage[];
  readonly importOnly: readonly Evidence[];
}

/**
 * Finds where the project uses the tools of `signatures`: calls and decorators resolved through
 * imports (comments and strings never count), and config files. An import with no use is a hint.
 */
export async function findUsages(
  code: CodeFacts,
  files: Pick<RepoIndex, 'matching'>,
  signatures: readonly ToolSignature[],
): Promise<UsageFindings> {
  const usages: ToolUsage[] = [];
  const importOnly: Evidence[] = [];
  const roots = [...new Set(signatures.flatMap((s) => s.imports))];
  const modules = roots.length > 0 ? await code.modulesMentioning(roots) : [];
  const importing = importersOf(modules);
  for (const signature of signatures) {
    const isCall = anyOf((signature.calls ?? []).map(calleeMatcher));
    const isDecorator = anyOf((signature.decorators ?? []).map(calleeMatcher));
    for (const module of importing(signature.imports)) {
      const imported = module.imports.find((i) => signature.imports.some((root) => importsFrom(i, root)));
      if (!imported) continue;
      let used = false;
      for (const call of module.calls) {
        if (!isCall(call.callee) || !switchesOn(call, signature.switchedOn)) continue;
        used = true;
        usages.push({ ...base(signature, 'call'), file: module.file, line: call.line, note: `${signature.tool}: ${call.snippet}` });
      }
      for (const decorator of module.decorators) {
        if (!isDecorator(decorator.callee)) continue;
        used = true;
        usages.push({ ...base(signature, 'decorator'), file: module.file, line: decorator.line, note: `${signature.tool}: ${decorator.snippet}` });
      }
      const hinting = used ? undefined : module.imports.find((i) => (signature.hintImports ?? signature.imports).some((root) => importsFrom(i, root)));
      if (hinting) {
        const name = hinting.imported && hinting.imported !== 'default' ? `${hinting.module}.${hinting.imported}` : hinting.module;
        importOnly.push({ file: module.file, line: hinting.line, note: `${name} imported but no ${signature.tool} use found` });
      }
    }
    if (signature.configFiles && signature.configFiles.length > 0) {
      for (const file of files.matching(signature.configFiles)) {
        usages.push({ ...base(signature, 'config'), file, line: null, note: `${signature.tool} configuration` });
      }
    }
  }
  return { usages, importOnly };
}

/**
 * The modules importing any of some roots, in their order. Each import is filed under every prefix that
 * `importsFrom` accepts as its root (`a.b.c` under `a`, `a.b`, `a.b.c`), so a signature visits only its
 * importers: on a monorepo, hundreds of signatures times thousands of modules was seconds.
 */
function importersOf(modules: readonly SourceModule[]): (roots: readonly string[]) => SourceModule[] {
  const byRoot = new Map<string, number[]>();
  modules.forEach((module, position) => {
    for (const entry of module.imports) {
      const full = entry.imported ? `${entry.module}.${entry.imported}` : entry.module;
      for (let end = 0; end <= full.length; end++) {
        if (end < full.length && full[end] !== '.' && full[end] !== '/') continue;
        const root = full.slice(0, end);
        const list = byRoot.get(root);
        if (!list) byRoot.set(root, [position]);
        else if (list[list.length - 1] !== position) list.push(position);
      }
    }
  });
  return (roots) => {
    const positions = new Set(roots.flatMap((root) => byRoot.get(root) ?? []));
    return [...positions].sort((a, b) => a - b).map((position) => modules[position] as SourceModule);
  };
}

/**
 * True when any matcher accepts the callee, decided once per distinct callee: thousands of modules call
 * the same few hundred names (`os.path.join`), and each test was a regular expression per matcher.
 */
function anyOf(matchers: readonly ((callee: string) => boolean)[]): (callee: string) => boolean {
  const decided = new Map<string, boolean>();
  return (callee) => {
    let accepted = decided.get(callee);
    if (accepted === undefined) decided.set(callee, (accepted = matchers.some((m) => m(callee))));
    return accepted;
  };
}

function base(signature: ToolSignature, via: ToolUsage['via']): Pick<ToolUsage, 'toolId' | 'tool' | 'capability' | 'via'> {
  return { toolId: signature.toolId, tool: signature.tool, capability: signature.capability, via };
}

/** True when the call switches on one of `keywords` (or none is required): passed, and not as False or None. */
function switchesOn(call: CodeCall, keywords: readonly string[] | undefined): boolean {
  if (keywords === undefined) return true;
  return keywords.some((k) => call.keywords.includes(k) && !new RegExp(`\\b${escapeRegExp(k)}\\s*=\\s*(False|None)\\b`).test(call.snippet));
}
