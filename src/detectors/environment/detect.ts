import type { DetectorInput } from '../input.js';
import type { EnvironmentFacts } from './model.js';

export async function detectEnvironment(_input: DetectorInput): Promise<EnvironmentFacts> {
  return { definitions: [], lookedAt: ['requirements*.txt'] };
}
