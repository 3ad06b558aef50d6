import type { CiSystemDefinition } from '../definition.js';
import { reader, SYSTEM } from './read.js';

export const codePipeline = {
  id: SYSTEM,
  name: 'AWS CodePipeline / CodeBuild',
  docs: 'https://docs.aws.amazon.com/codebuild/latest/userguide/build-spec-ref.html',
  lookedAt: ['AWS::CodePipeline::Pipeline / AWS::CodeBuild::Project in CloudFormation templates', 'buildspec*.yml'],
  commitVariables: [],
  runIdVariables: ['CODEBUILD_BUILD_(ID|NUMBER)'],
  packagedSteps: { keyword: 'action', version: null },
  reader,
} as const satisfies CiSystemDefinition<typeof SYSTEM>;
