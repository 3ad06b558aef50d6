import type { CiSystemDefinition } from '../definition.js';
import { reader, SYSTEM } from './read.js';

/** Google Cloud Build: its triggers live in the Cloud project, so its pipelines have none here. */
export const cloudBuild = {
  id: SYSTEM,
  name: 'Google Cloud Build',
  docs: 'https://cloud.google.com/build/docs/build-config-file-schema',
  lookedAt: ['cloudbuild*.yaml', 'build/*.yaml (Google Cloud Build; its triggers live in the Cloud project)'],
  commitVariables: [],
  runIdVariables: ['\\$\\{?BUILD_ID\\b'],
  packagedSteps: null,
  reader,
} as const satisfies CiSystemDefinition<typeof SYSTEM>;
