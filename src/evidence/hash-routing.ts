import type { CodeCall, CodeDefinition, SourceModule } from '../collect/code/model.js';
import type { Facts } from './facts.js';
import { HASH_ROUTING } from '../knowledge/ab-testing.js';
import { importsAny } from './call-sites.js';
import type { ToolUsage } from './find-usage.js';
import { PREDICT_METHODS } from '../knowledge/serving.js';
import { calleeMatcher } from '../knowledge/signature.js';
import { repoTexts, type RepoTexts } from './repo-texts.js';
import { isTestFile } from '../collect/code/file-kinds.js';

const HASHES = HASH_ROUTING.calls.map(calleeMatcher);
const COMMENT = /^\s*#/;

/**
 * Variant assignment by hashing an id inside the method that picks the model: A/B testing done in code
 * (criterion 59) with sticky assignment (criterion 60). A hash elsewhere (a cache key, a file checksum)
 * does not count: the enclosing method must route (two models predicted, or named for assignment) and
 * bucket the hash.
 */
export async function hashRouting(facts: Facts): Promise<ToolUsage[]> {
  const [code, texts] = await Promise.all([facts.code(), repoTexts(facts)]);
  const modules = await code.modulesMentioning(HASH_ROUTING.imports);
  return modules.filter((m) => !isTestFile(m.file) && importsAny(m, HASH_ROUTING.imports)).flatMap((m) => routingIn(m, texts));
}

function routingIn(module: SourceModule, texts: RepoTexts): ToolUsage[] {
  const lines = texts.text(module.file)?.split(/\r?\n/) ?? [];
  const found: ToolUsage[] = [];
  const seen = new Set<CodeDefinition>();
  for (const hash of module.calls.filter((c) => HASHES.some((m) => m(c.callee)))) {
    const method = enclosing(module, hash.line, lines);
    if (!method || seen.has(method.definition) || !HASH_ROUTING.routingMethod.test(method.definition.name)) continue;
    const body = lines.slice(method.definition.line - 1, method.end - 1).filter((l) => !COMMENT.test(l)).join('\n');
    if (!HASH_ROUTING.bucketing.test(body)) continue;
    const models = modelsPredicted(module.calls.filter((c) => c.line > method.definition.line && c.line < method.end));
    if (models.size < 2 && !HASH_ROUTING.assignmentMethod.test(method.definition.name)) continue;
    seen.add(method.definition);
    const chooses = models.size >= 2 ? ` choosing between ${[...models].join(' and ')}` : '';
    found.push({
      // A pattern of the project's own code, with whichever hash library: no tool's id.
      toolId: null,
      tool: 'hash-based variant assignment',
      capability: 'hash-routing',
      via: 'call',
      file: module.file,
      line: hash.line,
      note: `${method.definition.name}() buckets a hash (${hash.snippet.slice(0, 60)})${chooses}`,
    });
  }
  return found;
}

/**
 * The innermost function or method starting before `line`, and where its body ends: at the next
 * definition or the first later line indented no deeper than the `def` (notebook cells follow a class).
 */
function enclosing(module: SourceModule, line: number, lines: readonly string[]): { definition: CodeDefinition; end: number } | null {
  const sorted = [...module.definitions].sort((a, b) => a.line - b.line);
  const definition = sorted.filter((d) => d.kind !== 'class' && d.line <= line).pop();
  if (!definition) return null;
  const next = sorted.find((d) => d.line > line)?.line ?? lines.length + 1;
  const indent = indentation(lines[definition.line - 1] ?? '');
  let end = line + 1;
  while (end < next) {
    const text = lines[end - 1] ?? '';
    if (text.trim() !== '' && !COMMENT.test(text) && indentation(text) <= indent) break;
    end++;
  }
  return { definition, end };
}

function indentation(text: string): number {
  return /^\s*/.exec(text)?.[0].length ?? 0;
}

/** Distinct receivers of predict calls: `self.model_a.predict` and `self.model_b.predict` are two models. */
function modelsPredicted(calls: readonly CodeCall[]): Set<string> {
  const receivers = new Set<string>();
  for (const call of calls) {
    const parts = (call.written ?? call.callee).split('.');
    if (parts.length >= 2 && PREDICT_METHODS.includes(parts[parts.length - 1] ?? '')) receivers.add(parts.slice(0, -1).join('.'));
  }
  return receivers;
}
