import type { Facts } from './facts.js';
import { evidence, type Evidence } from '../model/answer.js';
import { linksTo } from '../collect/code/local-imports.js';
import { servingAnalysis } from './serving.js';
import { isTestFile } from '../collect/code/file-kinds.js';

/**
 * How far imports are followed from the serving code: `serve.py → predict.py → data.py` is two hops.
 * Deeper chains reach shared utilities that say nothing about how requests are handled.
 */
const MAX_HOPS = 3;
/** A ceiling on the scope of a very large codebase, so one scan stays fast. */
const MAX_FILES = 300;

/** A file of the serving scope and how serving code reaches it (null for serving code itself). */
export interface ScopeLink {
  readonly file: string;
  /** The importing file one hop closer to the serving code, and the import's line there. */
  readonly from: Evidence | null;
}

/**
 * The serving code and the project modules it imports, transitively (bounded, cycle-safe): a check
 * wired in `schemas.py`, or a preprocessor `predict.py` takes from `data.py`, is part of serving.
 */
export async function servingScope(facts: Facts): Promise<ReadonlySet<string>> {
  return new Set((await servingReach(facts)).keys());
}

/** The serving scope with the import chain that reaches each file, computed once per scan. */
export function servingReach(facts: Facts): Promise<ReadonlyMap<string, ScopeLink>> {
  return facts.derive(computeReach);
}

async function computeReach(facts: Facts): Promise<ReadonlyMap<string, ScopeLink>> {
  const [serving, code] = await Promise.all([servingAnalysis(facts), facts.code()]);
  const reach = new Map<string, ScopeLink>([...serving.servingFiles].map((file) => [file, { file, from: null }]));
  if (reach.size === 0) return reach;
  const sources = code.sources.map((s) => s.file).filter((f) => !isTestFile(f));
  const modules = new Map((await code.modulesMentioning(['import'])).map((m) => [m.file, m]));
  let frontier = [...reach.keys()];
  for (let hop = 0; hop < MAX_HOPS && frontier.length > 0 && reach.size < MAX_FILES; hop++) {
    const next: string[] = [];
    for (const file of frontier) {
      for (const imp of modules.get(file)?.imports ?? []) {
        for (const target of linksTo(imp, sources, file)) {
          if (reach.has(target) || reach.size >= MAX_FILES) continue;
          reach.set(target, { file: target, from: evidence(file, imp.line, `imports ${target}`) });
          next.push(target);
        }
      }
    }
    frontier = next;
  }
  return reach;
}

/** `serve.py → predict.py → data.py` for a file of the scope. */
export function importChain(reach: ReadonlyMap<string, ScopeLink>, file: string): string[] {
  const chain = [file];
  let link = reach.get(file);
  while (link?.from && !chain.includes(link.from.file)) {
    chain.unshift(link.from.file);
    link = reach.get(link.from.file);
  }
  return chain;
}
