import { COMMAND_FILES, type FileProbe } from './file-probe.js';

// Deployments declared to a platform by its command-line tool: serving as much as a web server in the
// code is (docs/criteria.md, "Platform-declared serving"). SDK deploy calls are tool signatures
// (serving.ts, orchestration.ts); manifests and configs are probes (serving.ts).

/** What a deployment serves: predictions online, or scheduled scoring of a dataset. */
export type DeployedServing = 'realtime' | 'batch';

export interface PlatformDeployCommand {
  readonly tool: string;
  readonly serving: DeployedServing;
  readonly docs: string;
  /** Matched against one shell command, wrappers and placeholders (`echo ...`) removed. */
  readonly command: RegExp;
}

export const PLATFORM_DEPLOY_COMMANDS: readonly PlatformDeployCommand[] = [
  {
    tool: 'Azure ML web service (CLI v1)',
    serving: 'realtime',
    docs: 'https://learn.microsoft.com/en-us/cli/azure/ml(v1)/model',
    command: /^az\s+ml\s+model\s+deploy\b/,
  },
  {
    tool: 'Azure ML online endpoint',
    serving: 'realtime',
    docs: 'https://learn.microsoft.com/en-us/cli/azure/ml/online-deployment',
    command: /^az\s+ml\s+online-(endpoint|deployment)\s+(create|update)\b/,
  },
  {
    tool: 'Azure ML batch endpoint',
    serving: 'batch',
    docs: 'https://learn.microsoft.com/en-us/cli/azure/ml/batch-deployment',
    command: /^az\s+ml\s+batch-(endpoint|deployment)\s+(create|update|invoke)\b/,
  },
  {
    tool: 'Vertex AI endpoint',
    serving: 'realtime',
    docs: 'https://cloud.google.com/sdk/gcloud/reference/ai/endpoints/deploy-model',
    command: /^gcloud\s+(beta\s+)?ai\s+endpoints\s+deploy-model\b/,
  },
  {
    tool: 'AI Platform model version',
    serving: 'realtime',
    docs: 'https://cloud.google.com/sdk/gcloud/reference/ai-platform/versions/create',
    command: /^gcloud\s+(beta\s+)?ai-platform\s+versions\s+create\b/,
  },
  {
    tool: 'SageMaker endpoint',
    serving: 'realtime',
    docs: 'https://docs.aws.amazon.com/cli/latest/reference/sagemaker/create-endpoint.html',
    command: /^aws\s+sagemaker\s+(create|update)-endpoint\b/,
  },
  {
    tool: 'SageMaker batch transform',
    serving: 'batch',
    docs: 'https://docs.aws.amazon.com/cli/latest/reference/sagemaker/create-transform-job.html',
    command: /^aws\s+sagemaker\s+create-transform-job\b/,
  },
  {
    tool: 'Databricks model serving',
    serving: 'realtime',
    docs: 'https://docs.databricks.com/en/dev-tools/cli/commands.html',
    command: /^databricks\s+serving-endpoints\s+(create|update-config)\b/,
  },
];

/** A line of a script, Makefile or Dockerfile that starts with the command (after `@`, `RUN`, `sudo`, variables). */
function asLineProbe({ tool, serving, command }: PlatformDeployCommand): FileProbe {
  const start = String.raw`^\s*(?:@|-|RUN\s+)?(?:sudo\s+)?(?:[A-Za-z_]\w*=\S*\s+)*`;
  return { tool, capability: serving === 'realtime' ? 'managed-endpoint' : 'batch-scoring', files: COMMAND_FILES, line: new RegExp(start + command.source.slice(1)) };
}

/** The deploy commands written in scripts, Makefiles and Dockerfiles, per kind of serving. */
export function platformDeployProbes(serving: DeployedServing): FileProbe[] {
  return PLATFORM_DEPLOY_COMMANDS.filter((c) => c.serving === serving).map(asLineProbe);
}
