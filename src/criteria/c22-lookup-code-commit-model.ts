import { CI_RUN_LABEL, COMMIT_BUNDLE_VARIABLE, stepContent, stepText } from '../evidence/ci-steps.js';
import type { Facts } from '../evidence/facts.js';
import type { Rule } from './rule.js';
import { evidence, no, nonEmpty, unanswered, yes } from '../model/answer.js';
import { projectFiles } from '../evidence/project-files.js';
import { callsSaying, ciSteps, firstPerFile, refinedCalls, toolNames, trackingUse, trainingCode } from '../evidence/ml-lifecycle.js';
import { withSnippet } from '../evidence/call-sites.js';
import { tasksGivenVariable } from '../evidence/job-configs.js';
import {
  BUNDLE_COMMAND,
  commitCaveat,
  commitCheck,
  COMMIT_REFERENCE,
  COMMIT_TAG_CALLS,
  IMAGE_BUILD,
  TRAINING_JOB_COMMIT_TAG,
  trackerNames,
} from '../knowledge/tracking.js';
import type { Profile } from '../profile/profile.js';
import { TRAINING_COMMAND } from '../knowledge/training.js';
import { CI_COMMIT_VARIABLE, CI_RUN_ID_VARIABLE } from '../collect/ci/systems/registry.js';
import type { CiStep } from '../collect/ci/model.js';

export const rule: Rule = {
  id: 22,
  kind: 'detects',
  answers: ['yes', 'no', 'unanswered'],
  looksFor: `runs tagged with their git commit: explicit commit tags, MLflow Projects, runs of trackers that record the commit (${trackerNames('git-aware-tracking')}), CI jobs passing the commit SHA to training or tagging images with it`,
  toYes: 'Record the git commit with every training run (e.g. mlflow.set_tag("git_commit", sha), MLflow Projects, or a tracker that records it) so a model leads back to its code.',
  async answer({ facts, profile }) {
    const [tags, gitAware, training] = await Promise.all([
      refinedCalls(facts, { ...COMMIT_TAG_CALLS, where: withSnippet(COMMIT_REFERENCE) }, 'commit recorded with the run'),
      trackingUse(facts, 'git-aware-tracking', 'mlflow-project'),
      trainingCode(facts),
    ]);
    const direct = nonEmpty([...firstPerFile(tags, 3), ...firstPerFile(gitAware.usages, 3)]);
    if (direct) {
      const tools = gitAware.usages.length > 0 ? ` (${toolNames(gitAware.usages)})` : '';
      return yes(`Training runs record the git commit they were produced from${tools}.`, direct);
    }
    const taggedJobs = nonEmpty(firstPerFile(await callsSaying(facts, training.usages, TRAINING_JOB_COMMIT_TAG), 3));
    if (taggedJobs) {
      return yes('Training jobs are tagged with the git commit the pipeline hands them; confirm the value is the commit the model was built from.', taggedJobs, {
        confidence: 'medium',
      });
    }
    const mlHere = training.usages.length > 0 || servesModels(profile);
    const fromCi = await ciCommitEvidence(facts, mlHere);
    if (fromCi) {
      return yes('CI passes the commit SHA to training or tags built images with it; confirm the SHA reaches the model run.', fromCi, { confidence: 'medium' });
    }
    const labelled = mlHere ? await ciRunLabels(facts) : null;
    if (labelled) {
      return yes('CI names or tags the runs it starts with its own run id, which leads to the commit it built; confirm every model run is started this way.', labelled, {
        confidence: 'medium',
      });
    }
    const files = await projectFiles(facts);
    const lock = files.matching(['**/dvc.lock'])[0];
    if (lock) {
      return yes(
        'A DVC pipeline lock file ties each output\'s hash to the commit that produced it; confirm models are built through it.',
        [evidence(lock, null, 'dvc.lock records the pipeline outputs per commit')],
        { confidence: 'medium' },
      );
    }
    const tracking = await trackingUse(facts, 'run-tracking', 'metric-logging', 'model-logging', 'model-registry');
    const tracked = firstPerFile(tracking.usages, 4);
    if (tracked.length > 0) {
      return unanswered(
        `Runs are tracked (${toolNames(tracking.usages)}) but no explicit commit tag was found; ${commitCaveat(tracking.usages)}.`,
        {
          evidence: tracked,
          // The tracker's own place for the commit it records (MLflow's source tag), else tag it by hand.
          hints: [commitCheck(tracking.usages) ?? 'Tag each run with the git commit explicitly (a run parameter, tag or label).'],
        },
      );
    }
    if (training.usages.length > 0) {
      return no('Models are trained with no run tracking, so a model cannot be traced back to a commit.', LOOKED_AT, {
        evidence: firstPerFile(training.usages, 3),
      });
    }
    return unanswered('The repository holds no model training code, so how runs are traced to commits cannot be seen here.', {
      hints: ['If models are trained elsewhere, check that each run records its git commit.'],
    });
  },
};

const LOOKED_AT = [
  `tracker calls in Python sources and notebooks (${trackerNames('run-tracking', 'metric-logging', 'model-logging', 'model-registry')})`,
  '**/MLproject',
  '**/dvc.lock',
  'CI pipelines (training steps given the commit SHA, runs named or tagged with the CI run id)',
] as const;

/** A model is served here (online or batch): an image built from this repository may carry it. */
function servesModels(profile: Profile): boolean {
  return profile.realtime.present || profile.batch.present;
}

/** Steps naming or tagging the run they start with the CI run's id (see CI_RUN_LABEL). */
async function ciRunLabels(facts: Facts) {
  const steps = await ciSteps(facts, CI_RUN_ID_VARIABLE, { scheduledOnly: false });
  return nonEmpty(
    steps
      .filter(({ step }) => CI_RUN_LABEL.test(labelledText(step)))
      .slice(0, 3)
      .map(({ step }) => evidence(step.file, step.line, `run named or tagged with the CI run id: ${stepText(step).split('\n')[0]?.trim().slice(0, 100)}`)),
  );
}

/** A packaged step's inputs keep their names here (`display_name: ...`): the name says what the value labels. */
function labelledText(step: CiStep): string {
  return step.kind === 'run' ? step.run : Object.entries(step.inputs).map(([input, value]) => `${input}: ${value}`).join('\n');
}

/**
 * CI steps handing the commit SHA to training, or tagging an image with it. An image tag counts only
 * when the repository trains or serves a model (`imagesMayHoldModels`): a feature server's or a web
 * app's image tagged with the SHA leads back to no model run.
 */
async function ciCommitEvidence(facts: Facts, imagesMayHoldModels: boolean) {
  const [steps, files] = await Promise.all([ciSteps(facts, CI_COMMIT_VARIABLE, { scheduledOnly: false }), projectFiles(facts)]);
  const relevant = steps.filter(({ step }) => TRAINING_COMMAND.test(stepContent(step)) || (imagesMayHoldModels && IMAGE_BUILD.test(stepContent(step))));
  const direct = relevant.slice(0, 3).map(({ step }) => evidence(step.file, step.line, `commit SHA given to: ${stepText(step).split('\n')[0]?.trim().slice(0, 100)}`));
  // CI → bundle variable → training task: `databricks bundle deploy --var="git_sha=${{ github.sha }}"`
  // and a job task whose parameters carry `${var.git_sha}` and that runs training.
  const viaBundle = steps
    .filter(({ step }) => BUNDLE_COMMAND.test(stepContent(step)))
    .flatMap(({ step }) =>
      [...stepContent(step).matchAll(COMMIT_BUNDLE_VARIABLE)].flatMap((match) => {
        const variable = match[1] ?? '';
        const training = tasksGivenVariable(files, variable).find((task) => task.runs.some((r) => TRAINING_COMMAND.test(r)));
        return training
          ? [
              evidence(step.file, step.line, `commit SHA passed to the bundle as variable ${variable}`),
              evidence(training.file, training.line, `bundle job ${training.job} hands \${var.${variable}} to its training task (${training.runs.join(', ')})`),
            ]
          : [];
      }),
    );
  return nonEmpty([...direct, ...viaBundle.slice(0, 2)]);
}
