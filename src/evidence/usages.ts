import type { Facts } from './facts.js';
import type { FileProbe } from '../knowledge/file-probe.js';
import { findUsages, type ToolUsage, type UsageFindings } from './find-usage.js';
import type { ToolSignature } from '../knowledge/signature.js';
import type { Evidence } from '../model/answer.js';
import { isTestFile, onlyIllustrates } from '../collect/code/file-kinds.js';
import { probeFiles } from './probe-files.js';
import { repoTexts } from './repo-texts.js';


export interface Findings {
  readonly usages: readonly ToolUsage[];
  /** Imports never used, for hints. */
  readonly importOnly: readonly Evidence[];
  /**
   * Usages found only in examples, tutorials, demos, blog posts or assistant instructions of a
   * repository that has code of its own: they show how the project can be used, not what it does,
   * so rules give them as hints and never as evidence for `yes`.
   */
  readonly illustrative: readonly ToolUsage[];
}

/**
 * Call-site and config evidence of `signatures` plus file-probe evidence of `probes`. Test files are
 * left out unless `includeTests` (load tests live under tests/); illustrative files are set apart.
 */
export async function findEvidence(
  facts: Facts,
  signatures: readonly ToolSignature[],
  probes: readonly FileProbe[] = [],
  options: { readonly includeTests?: boolean } = {},
): Promise<Findings> {
  const [code, texts] = await Promise.all([facts.code(), repoTexts(facts)]);
  const found: UsageFindings =
    signatures.length > 0 ? await findUsages(code, texts, signatures) : { usages: [], importOnly: [] };
  const keep = (e: Evidence): boolean => options.includeTests === true || !isTestFile(e.file);
  const illustrates = (e: Evidence): boolean => onlyIllustrates(e.file, texts.files);
  const all = dedupe([...found.usages, ...(await probeFiles(facts, probes))].filter(keep));
  return {
    usages: ownModulesFirst(all.filter((u) => !illustrates(u))),
    importOnly: found.importOnly.filter((e) => keep(e) && !illustrates(e)),
    illustrative: all.filter(illustrates),
  };
}

/** Notebooks and files under a notebooks/ folder: lectures and explorations rather than the project's modules. */
const NOTEBOOK_LIKE = /\.ipynb$|(^|\/)notebooks?\//i;

/**
 * The project's own modules before its notebooks (a stable sort): evidence leads with
 * `src/pkg/model.py` logging metrics, not with a lecture notebook logging `{"metric1": 1.0}`.
 */
export function ownModulesFirst<T extends Evidence>(items: readonly T[]): T[] {
  const rank = (e: Evidence): number => (NOTEBOOK_LIKE.test(e.file) ? 1 : 0);
  return items.map((item, i) => ({ item, i })).sort((a, b) => rank(a.item) - rank(b.item) || a.i - b.i).map(({ item }) => item);
}

/** One usage per file, line and tool (several patterns can match one call). */
export function dedupe<T extends ToolUsage>(usages: readonly T[]): T[] {
  const seen = new Set<string>();
  return usages.filter((u) => {
    const key = `${u.file}:${u.line ?? ''}:${u.tool}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Plain evidence (no tool fields) for answers, at most `limit` items. */
export function asEvidence(items: readonly Evidence[], limit = 8): Evidence[] {
  return items.slice(0, limit).map((e) => ({ file: e.file, line: e.line, note: e.note }));
}

/** "Evidently, whylogs" from usages, in order of first appearance. */
export function toolNames(usages: readonly { readonly tool: string }[]): string {
  return [...new Set(usages.map((u) => u.tool))].join(', ');
}

/** A hint naming where illustrative-only evidence was seen, or nothing. */
export function illustrativeHints(illustrative: readonly Evidence[], what: string, limit = 3): string[] {
  if (illustrative.length === 0) return [];
  const where = [...new Set(illustrative.map((e) => `${e.file}:${e.line ?? ''}`))].slice(0, limit).join(', ');
  return [`${what} appears only in examples, tutorials or demos (${where}); they show how the project can be used, not what it does.`];
}

/** Hints listing imports with no use found. */
export function importHints(importOnly: readonly Evidence[], limit = 5): string[] {
  return importOnly.slice(0, limit).map((e) => `${e.file}:${e.line ?? ''} ${e.note} (an import alone is not evidence)`);
}

/**
 * Calls that pass one of `keywords` (`create_endpoint_config(..., DataCaptureConfig=...)`) in modules
 * that mention one of `roots`: settings that are arguments rather than calls of their own.
 */
export async function callsWithKeywords(
  facts: Facts,
  roots: readonly string[],
  keywords: readonly string[],
  label: { readonly tool: string; readonly capability: string },
): Promise<ToolUsage[]> {
  const [modules, files] = await Promise.all([(await facts.code()).modulesMentioning(roots), facts.files()]);
  return modules
    .filter((m) => !isTestFile(m.file) && !onlyIllustrates(m.file, files.files))
    .flatMap((m) =>
      m.calls
        .filter((c) => c.keywords.some((k) => keywords.includes(k)))
        .map((c) => ({
          ...label,
          // A keyword such as `DataCaptureConfig` is shared by several SDKs (boto3, sagemaker): no one tool's.
          toolId: null,
          via: 'call' as const,
          file: m.file,
          line: c.line,
          note: `${label.tool}: ${c.snippet} (${c.keywords.filter((k) => keywords.includes(k)).join(', ')})`,
        })),
    );
}
