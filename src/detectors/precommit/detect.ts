import type { DetectorInput } from '../input.js';
import type { PrecommitFacts } from './model.js';

export async function detectPrecommit(_input: DetectorInput): Promise<PrecommitFacts> {
  return { hooks: [], lookedAt: ['.pre-commit-config.yaml'] };
}
