import type { Facts } from './facts.js';
import { callText } from './call-text.js';
import { isNotebook } from '../collect/code/file-kinds.js';
import type { ToolUsage } from './find-usage.js';

/**
 * Whether an endpoint call with a traffic keyword really splits traffic between model versions: a
 * `traffic_split` with two or more non-zero shares, or a `traffic_percentage` below 100 (the rest
 * stays on the model already deployed). `TRAFFIC_SPLIT = {"0": 100}` or `traffic_percentage=100`
 * sends everything to one model. A variable is resolved from its literal assignment in the same file;
 * a share we cannot read is not a split. Other keywords (ProductionVariants ...) are kept as found.
 */
export async function splitsTraffic(facts: Facts, usages: readonly ToolUsage[]): Promise<ToolUsage[]> {
  const files = await facts.files();
  return usages.filter((u) => {
    const keyword = /\((traffic_split|traffic_percentage)\b/.exec(u.note)?.[1];
    if (keyword === undefined) return true;
    const raw = files.text(u.file);
    if (raw === null || u.line === null) return false;
    const text = isNotebook(u.file) ? notebookSource(raw) : raw;
    const call = callText(text, u.line);
    const value = call === null ? null : keywordValue(call, keyword, text, u.line);
    if (value === null) return false;
    return keyword === 'traffic_split' ? nonZeroShares(value) >= 2 : partialPercentage(value);
  });
}

/** The raw notebook JSON with each string line replaced by its decoded content: same line numbers, code text. */
function notebookSource(raw: string): string {
  return raw
    .split('\n')
    .map((line) => {
      const m = /^\s*("(?:[^"\\]|\\.)*")\s*,?\s*$/.exec(line);
      if (!m?.[1]) return '';
      try {
        return (JSON.parse(m[1]) as string).replace(/\n$/, '');
      } catch {
        return '';
      }
    })
    .join('\n');
}

/** The literal value of `keyword=` in the call, or of the variable it names (last assignment before `line`). */
function keywordValue(call: string, keyword: string, text: string, line: number): string | null {
  const written = new RegExp(`\\b${keyword}\\s*=\\s*(\\{[^}]*\\}|[\\w.]+)`).exec(call)?.[1];
  if (written === undefined) return null;
  if (/^(\{|\d)/.test(written)) return written;
  const before = text.split('\n').slice(0, line - 1).join('\n');
  const assigned = [...before.matchAll(new RegExp(`^\\s*${written.replace('.', '\\.')}\\s*=\\s*(\\{[^}]*\\}|\\d+(?:\\.\\d+)?)\\s*$`, 'gm'))];
  return assigned.at(-1)?.[1] ?? null;
}

/** Entries of a split dict that are not a literal zero (a computed share counts as one). */
function nonZeroShares(dict: string): number {
  if (!dict.startsWith('{')) return 0;
  const values = [...dict.matchAll(/:\s*([^,}]+)/g)].map((m) => (m[1] ?? '').trim());
  return values.filter((v) => !/^0+(\.0+)?$/.test(v)).length;
}

function partialPercentage(value: string): boolean {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 && n < 100;
}
