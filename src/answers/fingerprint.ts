import { createHash } from 'node:crypto';
import type { AnswerValue, Evidence } from '../model/answer.js';

/**
 * A stable hash of what a person saw when they answered: the auto answer and its evidence
 * (file:line:note). Sorted so that a detector listing the same evidence in another order does not make
 * every human answer stale; 16 hex digits are plenty to notice a change and short enough to read in YAML.
 */
export function evidenceFingerprint(answer: AnswerValue, evidence: readonly Evidence[]): string {
  const lines = evidence.map((e) => `${e.file}:${e.line ?? ''}:${e.note}`).sort();
  const hash = createHash('sha256').update(JSON.stringify([answer, ...lines])).digest('hex');
  return hash.slice(0, 16);
}
