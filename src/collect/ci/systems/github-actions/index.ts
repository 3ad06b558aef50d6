import type { CiSystemDefinition } from '../definition.js';
import { reader, SYSTEM } from './read.js';

export const githubActions = {
  id: SYSTEM,
  name: 'GitHub Actions',
  docs: 'https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions',
  lookedAt: ['.github/workflows/*.yml'],
  commitVariables: ['github\\.sha', 'GITHUB_SHA'],
  runIdVariables: ['github\\.run_id', 'GITHUB_RUN_ID'],
  packagedSteps: { keyword: 'uses', version: /@.*$/ },
  reader,
} as const satisfies CiSystemDefinition<typeof SYSTEM>;
