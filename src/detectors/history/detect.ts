import type { DetectorInput } from '../input.js';
import type { HistoryFacts, PrShare } from './model.js';

const EMPTY: PrShare = { examined: 0, viaPr: 0, examples: [] };

export async function detectHistory(input: DetectorInput): Promise<HistoryFacts> {
  return {
    state: input.index.git ? 'ok' : 'not-git',
    prShare: async () => EMPTY,
    prShareTouching: async () => EMPTY,
    lastChanged: async () => null,
    lastChangedAmong: async () => null,
  };
}
