import type { Facts } from '../../src/evidence/facts.js';
import { createFacts } from '../../src/evidence/scan-facts.js';
import type { CodeCall, CodeDefinition, CodeFacts, CodeImport, SourceModule } from '../../src/collect/code/model.js';
import { RepoIndex } from '../../src/repo/repo-index.js';
import { trait, type Profile } from '../../src/profile/profile.js';
import { evidence } from '../../src/model/answer.js';
import { tempDir } from './fixture-repo.js';

/** A parsed module written compactly: `imports: ['fastapi.FastAPI']` means `from fastapi import FastAPI`. */
export interface ModuleSpec {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly calls?: readonly (string | Partial<CodeCall> & { callee: string })[];
  readonly decorators?: readonly { callee: string; snippet?: string; target?: string }[];
}

export function moduleOf(spec: ModuleSpec): SourceModule {
  const imports: CodeImport[] = (spec.imports ?? []).map((dotted, i) => {
    const at = dotted.lastIndexOf('.');
    return at < 0
      ? { module: dotted, imported: null, local: dotted, line: i + 1 }
      : { module: dotted.slice(0, at), imported: dotted.slice(at + 1), local: dotted.slice(at + 1), line: i + 1 };
  });
  const calls: CodeCall[] = (spec.calls ?? []).map((c, i) => {
    const call = typeof c === 'string' ? { callee: c } : c;
    return { line: 20 + i, snippet: `${call.callee}()`, keywords: [], ...call };
  });
  return {
    file: spec.file,
    language: spec.file.endsWith('.js') ? 'javascript' : 'python',
    imports,
    calls,
    decorators: (spec.decorators ?? []).map((d, i) => ({ line: 10 + i, snippet: `@${d.callee}()`, target: d.target ?? null, ...d })),
    definitions: [],
  };
}

/** Facts over an empty folder whose code layer holds `modules` (and `definitions` for the census). */
export async function fakeFacts(
  modules: readonly ModuleSpec[],
  census: { definitions?: readonly (CodeDefinition & { file: string })[]; sampled?: boolean } = {},
): Promise<Facts> {
  const parsed = modules.map(moduleOf);
  const code: CodeFacts = {
    sources: parsed.map((m) => ({ file: m.file, language: m.language })),
    modulesMentioning: async (names) =>
      parsed.filter((m) => names.some((n) => m.imports.some((i) => i.module.includes(n)) || m.calls.some((c) => c.callee.includes(n)))),
    ownDefinitions: async () => ({
      definitions: census.definitions ?? [],
      filesCounted: new Set((census.definitions ?? []).map((d) => d.file)).size,
      sampled: census.sampled ?? false,
    }),
  };
  return createFacts(await RepoIndex.open(tempDir()), { code: async () => code });
}

/** A profile where every trait is present (rules only run when their criterion applies). */
export function fullProfile(): Profile {
  const present = trait([evidence('app.py', 1, 'test')], 'test');
  return { languages: [], ml: present, realtime: present, batch: present, iac: trait([], 'IaC'), featureStore: present, abTesting: present };
}

export function definitions(file: string, documented: number, undocumented: number): (CodeDefinition & { file: string })[] {
  const make = (hasDocstring: boolean, i: number): CodeDefinition & { file: string } => ({
    file,
    kind: 'function',
    name: `f${i}`,
    line: i + 1,
    hasDocstring,
    isPublic: true,
  });
  return [...Array.from({ length: documented }, (_, i) => make(true, i)), ...Array.from({ length: undocumented }, (_, i) => make(false, documented + i))];
}
