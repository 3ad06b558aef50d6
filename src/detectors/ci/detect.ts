import type { DetectorInput } from '../input.js';
import type { CiFacts } from './model.js';

export async function detectCi(_input: DetectorInput): Promise<CiFacts> {
  return { pipelines: [], lookedAt: ['.github/workflows/'] };
}
