import type { DetectorInput } from '../input.js';
import type { ApiFacts } from './model.js';

export async function detectApi(_input: DetectorInput): Promise<ApiFacts> {
  return { descriptions: [], untypedEndpoints: [], lookedAt: ['openapi.*'] };
}
