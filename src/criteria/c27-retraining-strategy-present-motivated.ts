import { stepText } from '../evidence/ci-steps.js';
import type { Facts } from '../evidence/facts.js';
import type { Rule } from './rule.js';
import { evidence, no, nonEmpty, unanswered, yes, type Evidence } from '../model/answer.js';
import { configuredJobs } from '../evidence/job-configs.js';
import { firstPerFile, scheduledStepEvidence, trainingCiSteps, trainingCode } from '../evidence/ml-lifecycle.js';
import { moduleShows, scheduledModules } from '../evidence/orchestrated.js';
import { DRIFT_NAME } from '../knowledge/orchestration.js';
import { projectFiles } from '../evidence/project-files.js';
import { TRAINING_NAME } from '../knowledge/training.js';
import { isTestFile } from '../collect/code/file-kinds.js';

export const rule: Rule = {
  id: 27,
  kind: 'detects',
  answers: ['yes', 'no', 'unanswered'],
  looksFor: 'a schedule or drift trigger that starts training (CI cron workflows that train, orchestrator schedules/sensors of training pipelines, scheduled Databricks jobs/Prefect deployments) and a documentation section on the retraining strategy',
  toYes: 'Schedule or trigger retraining (cron pipeline, orchestrator schedule, retrain on drift) and document why that strategy was chosen.',
  async answer({ facts }) {
    const [triggers, docs] = await Promise.all([retrainingTriggers(facts), facts.docs()]);
    const strategy = docs
      .about('retraining')
      .hits.filter((hit) => hit.substance === 'content')
      .slice(0, 2)
      .map((hit) => evidence(hit.section.file, hit.section.line, `retraining strategy: ${hit.section.headingPath.join(' > ')}`));
    const both = nonEmpty([...triggers, ...strategy]);
    if (both && triggers.length > 0 && strategy.length > 0) {
      return yes('Training is started by a schedule or trigger and the retraining strategy is documented.', both);
    }
    if (triggers.length > 0) {
      return unanswered('Training is scheduled or triggered, but no documentation section explains the retraining strategy.', {
        evidence: triggers,
        hints: ['Add a "Retraining" section saying when and why the model is retrained.'],
      });
    }
    if (strategy.length > 0) {
      return unanswered('A retraining strategy is documented, but no schedule or trigger that starts training was found.', {
        evidence: strategy,
        hints: ['Check whether the retraining is scheduled outside the repository (an orchestrator, a platform job).'],
      });
    }
    const training = await trainingCode(facts);
    const ciTraining = await trainingCiSteps(facts, new Set(training.usages.map((u) => u.file)), { scheduledOnly: false });
    // Training run by a pipeline on push or pull request is not manual, nor a retraining strategy.
    const inCi = ciTraining.slice(0, 2).map(({ step }) => evidence(step.file, step.line, `pipeline step trains: ${stepText(step).split('\n')[0]?.trim().slice(0, 100)}`));
    if (inCi.length > 0) {
      return unanswered('Training runs in a pipeline on code changes, but no schedule or drift trigger retrains the model and no strategy is documented.', {
        evidence: inCi,
        hints: ['Say when and why the model is retrained; a pipeline training on every pull request tests the code rather than refreshing the model.'],
      });
    }
    if (training.usages.length > 0) {
      return no('Training is started by hand only: no schedule or drift trigger starts it and no retraining strategy is documented.', LOOKED_AT, {
        evidence: firstPerFile(training.usages, 2),
      });
    }
    return unanswered('The repository holds no model training code, so no retraining strategy can be seen here.', {
      hints: ['If models are trained elsewhere, check how retraining is scheduled there.'],
    });
  },
};

const LOOKED_AT = [
  'CI pipelines with schedule triggers',
  'orchestrator schedules and sensors (Airflow, Prefect, Dagster, Kubeflow, Vertex, SageMaker, Metaflow, Flyte, ZenML, Azure ML, Databricks)',
  'Databricks bundle jobs and prefect.yaml deployments',
  'documentation sections on retraining',
] as const;

/** Schedules and drift checks that start training, as evidence. */
async function retrainingTriggers(facts: Facts): Promise<Evidence[]> {
  const [scheduled, files, training] = await Promise.all([scheduledModules(facts), projectFiles(facts), trainingCode(facts)]);
  const trainingFiles = new Set(training.usages.map((u) => u.file));
  const cron = await trainingCiSteps(facts, trainingFiles, { scheduledOnly: true });
  const fromCi = cron.slice(0, 2).flatMap((step) => scheduledStepEvidence(step, 'trains'));
  const fromCode = scheduled.flatMap(({ module, evidence: found }) => {
    const trains = moduleShows(module, TRAINING_NAME) ?? (trainingFiles.has(module.file) ? evidence(module.file, null, 'trains a model') : null);
    return trains ? [...found.slice(0, 1), trains] : [];
  });
  const fromConfig = configuredJobs(files)
    .filter((job) => job.scheduled && job.runs.some((r) => TRAINING_NAME.test(r)))
    .map((job) => evidence(job.file, job.line, `${job.tool} ${job.name}: scheduled, runs training`));
  const onDrift = await driftTriggeredTraining(facts, trainingFiles);
  return [...fromCi, ...fromCode.slice(0, 4), ...fromConfig.slice(0, 2), ...onDrift.slice(0, 2)];
}

/** Code that checks drift and trains in the same module (`if drift_detected: retrain()`). */
async function driftTriggeredTraining(facts: Facts, trainingFiles: ReadonlySet<string>): Promise<Evidence[]> {
  const modules = await (await facts.code()).modulesMentioning(['drift']);
  return modules.filter((m) => !isTestFile(m.file)).flatMap((module) => {
    const drift = moduleShows(module, DRIFT_NAME);
    const retrain = moduleShows(module, /(^|[^a-z])retrain/i) ?? (trainingFiles.has(module.file) ? moduleShows(module, TRAINING_NAME) : null);
    return drift && retrain ? [drift, { ...retrain, note: `retraining on drift: ${retrain.note}` }] : [];
  });
}
