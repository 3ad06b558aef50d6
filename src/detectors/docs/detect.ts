import type { DetectorInput } from '../input.js';
import type { DocsFacts } from './model.js';

export async function detectDocs(_input: DetectorInput): Promise<DocsFacts> {
  return { sections: [], lookedAt: ['**/*.md'] };
}
