import type { CiSystemDefinition } from '../definition.js';
import { reader, SYSTEM } from './read.js';

export const azurePipelines = {
  id: SYSTEM,
  name: 'Azure Pipelines',
  docs: 'https://learn.microsoft.com/azure/devops/pipelines/yaml-schema/',
  lookedAt: ['**/azure-pipelines.{yml,yaml}', '**/*.azure-pipelines.{yml,yaml}', '.azure-pipelines/**/*.{yml,yaml}', '.azuredevops/**/*.{yml,yaml}', '.pipelines/**/*.{yml,yaml}'],
  commitVariables: ['Build\\.SourceVersion', 'BUILD_SOURCEVERSION'],
  runIdVariables: ['Build\\.Build(Id|ID|Number)', 'BUILD\\.BUILD(ID|NUMBER)', 'BUILD_BUILD(ID|NUMBER)'],
  packagedSteps: { keyword: 'task', version: /@.*$/ },
  reader,
} as const satisfies CiSystemDefinition<typeof SYSTEM>;
