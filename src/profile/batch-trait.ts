import type { Facts } from '../evidence/facts.js';
import { evidence, type Evidence } from '../model/answer.js';
import { configuredJobs } from '../evidence/job-configs.js';
import { ciSteps, scheduledStepEvidence } from '../evidence/ml-lifecycle.js';
import { moduleShows, orchestratorModules, scheduledModules } from '../evidence/orchestrated.js';
import { DEFINITION_ONLY, ORCHESTRATION, SCORING_CALLS, SCORING_NAME } from '../knowledge/orchestration.js';
import { projectFiles } from '../evidence/project-files.js';
import { withCapability } from '../knowledge/select.js';
import { calleeMatcher } from '../knowledge/signature.js';
import { findEvidence } from '../evidence/usages.js';
import { platformDeployments } from '../evidence/platform-deploys.js';

const SCORES = SCORING_CALLS.map(calleeMatcher);

/**
 * Evidence that the project scores in batch: scheduled or pipeline-driven scoring jobs. Managed batch
 * scoring (SageMaker batch transform, Vertex batch prediction, Azure ML batch endpoints, Spark UDF
 * scoring); orchestrated pipelines (Airflow, Prefect, Dagster, Kubeflow ...) that predict; Databricks
 * jobs and Prefect deployments that run a scoring task; CI workflows on a schedule whose steps score.
 * A scoring script nobody schedules is not batch serving, nor is a library of reusable components
 * or pipeline definitions that nothing in the same module submits or schedules.
 */
export async function batchScoringEvidence(facts: Facts): Promise<Evidence[]> {
  const [managed, deployed, allOrchestrated, scheduled, cron, files] = await Promise.all([
    findEvidence(facts, withCapability(ORCHESTRATION, 'batch-scoring')),
    platformDeployments(facts, 'batch'),
    orchestratorModules(facts),
    scheduledModules(facts),
    ciSteps(facts, SCORING_NAME, { scheduledOnly: true }),
    projectFiles(facts),
  ]);
  const scheduledFiles = new Set(scheduled.map((s) => s.module.file));
  const orchestrated = allOrchestrated.filter(({ module, evidence: found }) => scheduledFiles.has(module.file) || found.some((e) => !DEFINITION_ONLY.test(e.note)));
  const fromManaged = [...managed.usages, ...deployed].map((u) => evidence(u.file, u.line, u.note));
  const fromPipelines = orchestrated.flatMap(({ module, evidence: found }) => {
    const call = module.calls.find((c) => SCORES.some((m) => m(c.callee)));
    const scoring = call ? evidence(module.file, call.line, `scores: ${call.snippet}`) : moduleShows(module, SCORING_NAME);
    return scoring ? [...found.slice(0, 1), { ...scoring, note: `pipeline step scores: ${scoring.note}` }] : [];
  });
  const fromJobs = configuredJobs(files)
    .filter((job) => job.runs.some((r) => SCORING_NAME.test(r)))
    .map((job) => evidence(job.file, job.line, `${job.tool} ${job.name} runs scoring${job.scheduled ? ' on a schedule' : ''}`));
  // A scheduled workflow that also checks every pull request is a test suite run nightly (a smoke
  // `predict.py` on sample images), not a scoring job.
  const scoringJobs = cron.filter(({ pipeline, job }) => !(job.triggers ?? pipeline.triggers).some((t) => t.kind === 'pull_request'));
  const fromCron = scoringJobs.slice(0, 2).flatMap((step) => scheduledStepEvidence(step, 'scores'));
  return [...fromManaged.slice(0, 3), ...fromPipelines.slice(0, 4), ...fromJobs.slice(0, 2), ...fromCron];
}
