import type { DetectorInput } from '../input.js';
import type { ReleaseFacts } from './model.js';

export async function detectReleases(_input: DetectorInput): Promise<ReleaseFacts> {
  return { sources: [], tags: [], lookedAt: ['CHANGELOG*'] };
}
