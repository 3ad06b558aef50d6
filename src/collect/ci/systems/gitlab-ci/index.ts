import type { CiSystemDefinition } from '../definition.js';
import { reader, SYSTEM } from './read.js';

export const gitlabCi = {
  id: SYSTEM,
  name: 'GitLab CI/CD',
  docs: 'https://docs.gitlab.com/ee/ci/yaml/',
  lookedAt: ['.gitlab-ci.yml'],
  commitVariables: ['CI_COMMIT_(SHORT_)?SHA'],
  runIdVariables: ['CI_PIPELINE_I?ID', 'CI_JOB_ID'],
  packagedSteps: null,
  reader,
} as const satisfies CiSystemDefinition<typeof SYSTEM>;
