import type { DetectorInput } from '../input.js';
import type { IacFacts } from './model.js';

export async function detectIac(_input: DetectorInput): Promise<IacFacts> {
  return { files: [], tools: [], environments: [], platformConfigs: [], lookedAt: ['**/*.tf'] };
}
