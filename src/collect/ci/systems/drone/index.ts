import type { CiSystemDefinition } from '../definition.js';
import { reader, SYSTEM } from './read.js';

export const drone = {
  id: SYSTEM,
  name: 'Drone CI',
  docs: 'https://docs.drone.io/pipeline/overview/',
  lookedAt: ['.drone.yml'],
  commitVariables: ['DRONE_COMMIT(_SHA)?\\b'],
  runIdVariables: ['DRONE_BUILD_NUMBER'],
  packagedSteps: null,
  reader,
} as const satisfies CiSystemDefinition<typeof SYSTEM>;
