import type { DetectorInput } from '../input.js';
import type { TestFacts } from './model.js';

export async function detectTests(_input: DetectorInput): Promise<TestFacts> {
  return { files: [], projectSteps: [], lookedAt: ['tests/'] };
}
