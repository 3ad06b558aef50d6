import type { Facts } from '../engine/facts.js';
import { CONFIDENCE_THRESHOLD } from '../knowledge/outliers.js';
import { evidence, type Evidence } from '../model/answer.js';
import { repoTexts } from './repo-texts.js';

const COMMENT = /^\s*#/;

/**
 * Lines of the Python files in `scope` that compare a predicted probability or confidence with a threshold
 * in a condition: the serving code handles low-certainty predictions (criterion 57, a hint for 46).
 */
export async function confidenceThresholds(facts: Facts, scope: ReadonlySet<string>): Promise<Evidence[]> {
  const texts = await repoTexts(facts);
  const found: Evidence[] = [];
  for (const file of [...scope].filter((f) => f.endsWith('.py')).sort()) {
    const lines = texts.text(file)?.split(/\r?\n/) ?? [];
    lines.forEach((line, i) => {
      if (COMMENT.test(line) || !isConfidenceCheck(line)) return;
      found.push(evidence(file, i + 1, `low-certainty prediction check: ${line.trim().slice(0, 120)}`));
    });
  }
  return found;
}

export function isConfidenceCheck(line: string): boolean {
  const { condition, comparison, certainty, threshold } = CONFIDENCE_THRESHOLD;
  return condition.test(line) && comparison.test(line) && certainty.test(line) && threshold.test(line);
}
