import type { Facts } from '../engine/facts.js';
import type { Evidence } from '../model/answer.js';

/** Evidence that the project scores in batch (scheduled or pipeline-driven scoring jobs). */
export async function batchScoringEvidence(_facts: Facts): Promise<Evidence[]> {
  return [];
}
