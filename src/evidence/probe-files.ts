import type { FileProbe } from '../knowledge/file-probe.js';
import type { ToolUsage } from './find-usage.js';
import type { Facts } from './facts.js';
import { repoTexts, type RepoTexts } from './repo-texts.js';

/** Comment lines in YAML, HCL, shell, Dockerfiles, JS, Python, XML: never evidence. */
const COMMENT = /^\s*(#|\/\/|\/\*|\*|<!--|;)/;

type CodeLines = Map<string, readonly string[] | null>;

/** Each file's lines with comment lines blanked, split once per scan however many probes read it. */
function codeLineCache(): CodeLines {
  return new Map();
}

function codeLines(texts: RepoTexts, cache: CodeLines, file: string): readonly string[] | null {
  let lines = cache.get(file);
  if (lines === undefined) {
    const text = texts.text(file);
    lines = text === null ? null : text.split(/\r?\n/).map((line) => (COMMENT.test(line) ? '' : line));
    cache.set(file, lines);
  }
  return lines;
}

function matchesAll(text: string, patterns: RegExp | readonly RegExp[]): boolean {
  return (Array.isArray(patterns) ? patterns : [patterns]).every((pattern: RegExp) => pattern.test(text));
}

/**
 * Runs file probes over the repository: every non-comment line matching a probe is a usage (at most
 * one per probe and file, at the first matching line). Files without text (binary, too large, or an
 * in-memory listing) count only for probes that need no line.
 */
export async function probeFiles(facts: Facts, probes: readonly FileProbe[]): Promise<ToolUsage[]> {
  const texts = await repoTexts(facts);
  const lines = facts.derive(codeLineCache);
  const found: ToolUsage[] = [];
  for (const probe of probes) {
    for (const file of texts.matching(probe.files)) {
      const usage = probeFile(texts, lines, file, probe);
      if (usage) found.push(usage);
    }
  }
  return found;
}

function probeFile(texts: RepoTexts, cache: CodeLines, file: string, probe: FileProbe): ToolUsage | null {
  // A probe matches a pattern, not one tool's API, so it names what it found but proves no tool id.
  const base = { toolId: null, tool: probe.tool, capability: probe.capability, via: 'config' as const, file };
  if (probe.line === null) return { ...base, line: null, note: `${probe.tool}: ${file}` };
  const line = probe.line;
  if (!mayMatchALine(texts, file, line)) return null;
  const lines = codeLines(texts, cache, file);
  if (lines === null) return null;
  const hits = lines.flatMap((text, i) => (line.test(text) ? [i] : []));
  // The whole-file condition is checked only where a line matched: most files have none.
  if (hits.length > 0 && probe.fileAlso && !matchesAll(lines.join('\n'), probe.fileAlso)) return null;
  const first = hits[0];
  if (first === undefined || hits.length < (probe.minLines ?? 1)) return null;
  const shown = (lines[first] ?? '').trim().slice(0, 120);
  const count = hits.length > 1 ? ` (${hits.length} such lines)` : '';
  return { ...base, line: first + 1, note: `${probe.tool}: ${shown}${count}` };
}

const multiline = new WeakMap<RegExp, RegExp>();

/**
 * False when no line of the file can match: the pattern with `^` and `$` at line ends finds nothing in
 * the whole text (comments included, so it finds at least what the code lines hold). Most probed files
 * match nothing, and are then never split into lines.
 */
function mayMatchALine(texts: RepoTexts, file: string, pattern: RegExp): boolean {
  const text = texts.text(file);
  if (text === null) return false;
  let whole = multiline.get(pattern);
  if (!whole) multiline.set(pattern, (whole = new RegExp(pattern.source, `${pattern.flags.replace(/[gym]/g, '')}m`)));
  return whole.test(text);
}

/** Lines of CI pipeline steps matching a command pattern (a load-test job, a serve command). */
export function matchingSteps<T extends { readonly text: string }>(steps: readonly T[], pattern: RegExp): T[] {
  return steps.filter((step) => pattern.test(step.text));
}
