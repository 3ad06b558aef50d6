import type { ProjectFiles } from './project-files.js';
import { escapeRegExp } from '../util/regexp.js';
import { asRecord } from '../util/records.js';

/** A job or deployment declared in an orchestrator's config file, with what it runs. */
export interface ConfiguredJob {
  readonly file: string;
  readonly line: number | null;
  readonly name: string;
  readonly tool: 'Databricks job' | 'Prefect deployment';
  /** A schedule, file-arrival/table trigger or continuous run is declared. */
  readonly scheduled: boolean;
  /** Task keys, notebook/script paths and entrypoints: what the job runs. */
  readonly runs: readonly string[];
}

/**
 * Jobs of Databricks asset bundles (`resources.jobs`, https://docs.databricks.com/en/dev-tools/bundles/resources.html#job)
 * and deployments of `prefect.yaml` (https://docs.prefect.io/latest/deploy/infrastructure-concepts/prefect-yaml).
 */
export function configuredJobs(files: ProjectFiles): ConfiguredJob[] {
  return [...databricksJobs(files), ...prefectDeployments(files)];
}

const BUNDLE_FILES = ['**/databricks.yml', '**/databricks.yaml', '**/resources/**/*.yml', '**/resources/**/*.yaml'];

/** A job declared in a bundle file, under its key in `resources.jobs`, with its tasks. */
interface BundleJob {
  readonly file: string;
  readonly key: string;
  readonly job: Record<string, unknown>;
  readonly tasks: readonly (Record<string, unknown> | null)[];
}

function bundleJobs(files: ProjectFiles): BundleJob[] {
  return files.matching(BUNDLE_FILES).flatMap((file) => {
    const declared = asRecord(asRecord(asRecord(files.yaml(file))?.['resources'])?.['jobs']);
    return Object.entries(declared ?? {}).flatMap(([key, body]) => {
      const job = asRecord(body);
      return job ? [{ file, key, job, tasks: Array.isArray(job['tasks']) ? job['tasks'].map(asRecord) : [] }] : [];
    });
  });
}

function databricksJobs(files: ProjectFiles): ConfiguredJob[] {
  return bundleJobs(files).map(({ file, key, job, tasks }) => ({
    file,
    line: files.findLine(file, new RegExp(`^\\s+${escapeRegExp(key)}\\s*:`)),
    name: typeof job['name'] === 'string' ? job['name'] : key,
    tool: 'Databricks job',
    scheduled: job['schedule'] !== undefined || job['trigger'] !== undefined || job['continuous'] !== undefined,
    runs: [key, ...tasks.flatMap(taskTargets)],
  }));
}

/** A Databricks bundle task handed a bundle variable, with what it runs. */
export interface TaskGivenVariable {
  readonly file: string;
  readonly line: number | null;
  readonly job: string;
  /** The task key and its notebook/script/entry point. */
  readonly runs: readonly string[];
}

/**
 * Tasks of bundle jobs that receive `${var.<variable>}`: in their own parameters, or through a job
 * parameter (job parameters reach every task). How a `--var` given by CI reaches the code it runs.
 */
export function tasksGivenVariable(files: ProjectFiles, variable: string): TaskGivenVariable[] {
  const reference = `\${var.${variable}}`;
  return bundleJobs(files).flatMap(({ file, key, job, tasks }) => {
    const viaJob = JSON.stringify(job['parameters'] ?? null).includes(reference);
    return tasks
      .filter((task) => task && (viaJob || JSON.stringify(task).includes(reference)))
      .map((task) => ({ file, line: files.findLine(file, new RegExp(escapeRegExp(reference))), job: key, runs: taskTargets(task) }));
  });
}

function taskTargets(task: Record<string, unknown> | null): string[] {
  if (!task) return [];
  const targets = [task['task_key']];
  targets.push(asRecord(task['notebook_task'])?.['notebook_path']);
  targets.push(asRecord(task['spark_python_task'])?.['python_file']);
  targets.push(asRecord(task['python_wheel_task'])?.['entry_point']);
  return targets.filter((t): t is string => typeof t === 'string');
}

function prefectDeployments(files: ProjectFiles): ConfiguredJob[] {
  const jobs: ConfiguredJob[] = [];
  for (const file of files.matching(['**/prefect.yaml', '**/prefect.yml'])) {
    const deployments = asRecord(files.yaml(file))?.['deployments'];
    if (!Array.isArray(deployments)) continue;
    for (const item of deployments) {
      const deployment = asRecord(item);
      if (!deployment) continue;
      const name = typeof deployment['name'] === 'string' ? deployment['name'] : 'deployment';
      const schedules = deployment['schedules'] ?? deployment['schedule'] ?? deployment['triggers'];
      jobs.push({
        file,
        line: files.findLine(file, new RegExp(`name:\\s*["']?${escapeRegExp(name)}`)),
        name,
        tool: 'Prefect deployment',
        scheduled: Array.isArray(schedules) ? schedules.length > 0 : schedules !== undefined && schedules !== null,
        runs: [name, deployment['entrypoint']].filter((t): t is string => typeof t === 'string'),
      });
    }
  }
  return jobs;
}
