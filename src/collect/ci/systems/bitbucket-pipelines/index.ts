import type { CiSystemDefinition } from '../definition.js';
import { reader, SYSTEM } from './read.js';

export const bitbucketPipelines = {
  id: SYSTEM,
  name: 'Bitbucket Pipelines',
  docs: 'https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/',
  lookedAt: ['bitbucket-pipelines.yml'],
  commitVariables: ['BITBUCKET_COMMIT'],
  runIdVariables: ['BITBUCKET_BUILD_NUMBER'],
  packagedSteps: { keyword: 'pipe', version: /:.*$/ },
  reader,
} as const satisfies CiSystemDefinition<typeof SYSTEM>;
