import { evidence, type Evidence } from '../model/answer.js';
import { PLATFORM_DEPLOY_COMMANDS, platformDeployProbes, type DeployedServing, type PlatformDeployCommand } from '../knowledge/platform-deploys.js';
import { shellCommands } from './ci-steps.js';
import type { Facts } from './facts.js';
import { probeFiles } from './probe-files.js';
import type { ToolUsage } from './find-usage.js';

/**
 * Deployments the repository declares to a platform with its command-line tool (`az ml model deploy`,
 * `gcloud ai endpoints deploy-model`, `aws sagemaker create-transform-job` ...): in CI steps (those
 * followed into scripts and make targets included) and in scripts, Makefiles and Dockerfiles. A
 * command that is only printed (`echo`) or commented out deploys nothing.
 */
export async function platformDeployments(facts: Facts, serving: DeployedServing): Promise<ToolUsage[]> {
  const [ci, written] = await Promise.all([facts.ci(), probeFiles(facts, platformDeployProbes(serving))]);
  const commands = PLATFORM_DEPLOY_COMMANDS.filter((c) => c.serving === serving);
  const capability = serving === 'realtime' ? 'managed-endpoint' : 'batch-scoring';
  const inCi: ToolUsage[] = [];
  for (const pipeline of ci.pipelines) {
    for (const job of pipeline.jobs) {
      for (const step of job.steps) {
        if (step.kind !== 'run') continue;
        const deploy = firstDeploy(step.run, commands);
        if (!deploy) continue;
        const at: Evidence = evidence(step.file, step.line, `${deploy.known.tool} deployed by ${pipeline.name}: ${deploy.command.slice(0, 100)}`);
        inCi.push({ ...at, toolId: null, tool: deploy.known.tool, capability, via: 'config' });
      }
    }
  }
  const seen = new Set(inCi.map((u) => `${u.file}:${u.line}`));
  return [...inCi, ...written.filter((u) => !seen.has(`${u.file}:${u.line}`))];
}

function firstDeploy(text: string, commands: readonly PlatformDeployCommand[]): { command: string; known: PlatformDeployCommand } | null {
  for (const command of shellCommands(text)) {
    const known = commands.find((k) => k.command.test(command));
    if (known) return { command, known };
  }
  return null;
}
