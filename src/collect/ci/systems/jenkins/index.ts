import type { CiSystemDefinition } from '../definition.js';
import { reader, SYSTEM } from './read.js';

export const jenkins = {
  id: SYSTEM,
  name: 'Jenkins',
  docs: 'https://www.jenkins.io/doc/book/pipeline/syntax/',
  lookedAt: ['Jenkinsfile', '**/Jenkinsfile*', '**/*.jenkinsfile'],
  commitVariables: ['\\bGIT_COMMIT\\b'],
  runIdVariables: ['\\bBUILD_NUMBER\\b', '\\bBUILD_TAG\\b'],
  packagedSteps: null,
  reader,
} as const satisfies CiSystemDefinition<typeof SYSTEM>;
