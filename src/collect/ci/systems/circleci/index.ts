import type { CiSystemDefinition } from '../definition.js';
import { reader, SYSTEM } from './read.js';

export const circleci = {
  id: SYSTEM,
  name: 'CircleCI',
  docs: 'https://circleci.com/docs/configuration-reference/',
  lookedAt: ['.circleci/config.yml'],
  commitVariables: ['CIRCLE_SHA1'],
  runIdVariables: ['CIRCLE_BUILD_NUM', 'CIRCLE_WORKFLOW_ID'],
  packagedSteps: { keyword: 'orb', version: null },
  reader,
} as const satisfies CiSystemDefinition<typeof SYSTEM>;
