import type { Facts } from './facts.js';
import { CONFIDENCE_THRESHOLD } from '../knowledge/outliers.js';
import { evidence, type Evidence } from '../model/answer.js';
import { repoTexts } from './repo-texts.js';

const COMMENT = /^\s*#/;

/**
 * Lines of the Python files in `scope` that compare a predicted probability or confidence with a threshold
 * and then relabel, reject or flag the low-certainty prediction: the serving code handles them
 * (criterion 57, a hint for 46). Dropping detections below a score (a comprehension filter, `continue`,
 * appending the kept ones) is ordinary post-processing, not knowing the model's limits.
 */
export async function confidenceThresholds(facts: Facts, scope: ReadonlySet<string>): Promise<Evidence[]> {
  const texts = await repoTexts(facts);
  const found: Evidence[] = [];
  for (const file of [...scope].filter((f) => f.endsWith('.py')).sort()) {
    const lines = texts.text(file)?.split(/\r?\n/) ?? [];
    lines.forEach((line, i) => {
      if (COMMENT.test(line) || !isConfidenceCheck(line) || onlyFilters(lines, i)) return;
      found.push(evidence(file, i + 1, `low-certainty prediction check: ${line.trim().slice(0, 120)}`));
    });
  }
  return found;
}

export function isConfidenceCheck(line: string): boolean {
  const { condition, comparison, certainty, threshold } = CONFIDENCE_THRESHOLD;
  return condition.test(line) && comparison.test(line) && certainty.test(line) && threshold.test(line);
}

/** A comprehension or filter call clause, or an `if` block whose body only skips or keeps the item. */
const FILTER_CALL = /\b(filter|where)\(/;
const KEEP_OR_SKIP = /^\s*(continue|break|pass|yield\b|[\w.[\]]+\.(append|add|extend)\()/;

/** A body that sets the uncertain item aside for someone (`review_queue.append(x)`) handles it. */
const FLAGGED = /flag|review|uncertain|low_conf|reject|abstain|manual/i;

/** Whether the confidence check at `lines[i]` only filters items rather than handling uncertain predictions. */
export function onlyFilters(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  if (FILTER_CALL.test(line)) return true;
  const trimmed = line.trim();
  if (/\bif\b.*\belse\b/.test(trimmed)) return false;
  if (/^if\b/.test(trimmed) && !trimmed.endsWith(':')) return true;
  if (/^(if|elif)\b/.test(trimmed)) {
    const body = lines.slice(i + 1).find((l) => l.trim() !== '' && !COMMENT.test(l)) ?? '';
    return KEEP_OR_SKIP.test(body) && !FLAGGED.test(body);
  }
  return false;
}
