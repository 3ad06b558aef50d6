import type { Facts } from '../evidence/facts.js';
import type { Rule } from './rule.js';
import { dvcFiles, holdsOnlyModels } from '../evidence/dvc-pipeline.js';
import { evidence, no, nonEmpty, unanswered, yes, type Evidence } from '../model/answer.js';
import { withKeyword, withSnippet } from '../evidence/call-sites.js';
import {
  DATA_ASSET_PROBES,
  DATASET_VERSION_PARAM,
  DATA_VERSIONING,
  DELTA_TIME_TRAVEL,
  PINNED_DATASET_LOAD,
  RAW_DATA_FILES,
  TRAINING_JOB_DATA_VERSION_TAG,
} from '../knowledge/data-versioning.js';
import { callsSaying, dvcStagesOf, firstPerFile, refinedCalls, toolNames, trainingCode } from '../evidence/ml-lifecycle.js';
import { projectFiles } from '../evidence/project-files.js';
import { withCapability } from '../knowledge/select.js';
import { findEvidence } from '../evidence/usages.js';
import { probeFiles } from '../evidence/probe-files.js';
import { isTestFile, onlyIllustrates } from '../collect/code/file-kinds.js';

export const rule: Rule = {
  id: 26,
  kind: 'detects',
  answers: ['yes', 'no', 'unanswered'],
  looksFor: 'data versioning: DVC (.dvc files, dvc.yaml stage deps, dvc.api), lakeFS, Delta Lake time travel, MLflow log_input/datasets, W&B artifacts used as inputs, Azure ML dataset versions, pinned dataset revisions, dataset hashes logged; versioned platform data assets and orchestrator lineage (medium)',
  toYes: 'Version the training data and record its version with each run (DVC, lakeFS, Delta versions, mlflow.log_input).',
  async answer({ facts }) {
    const [versioned, lineage, assets, dvc, pinned, hashes] = await Promise.all([
      findEvidence(facts, withCapability(DATA_VERSIONING, 'data-versioning')),
      findEvidence(facts, withCapability(DATA_VERSIONING, 'pipeline-lineage')),
      probeFiles(facts, DATA_ASSET_PROBES),
      dvcPipelineData(facts),
      pinnedReads(facts),
      refinedCalls(facts, { ...DATASET_VERSION_PARAM, where: withSnippet(DATASET_VERSION_PARAM.snippet) }, 'dataset version logged with the run'),
    ]);
    // A `.dvc` file that tracks only a model checkpoint versions the model (criterion 25), not the data.
    const modelsOnly = new Set((await dvcFiles(facts)).filter(holdsOnlyModels).map((d) => d.file));
    const dataVersioned = versioned.usages.filter((u) => !modelsOnly.has(u.file));
    const strong = nonEmpty([...firstPerFile(dataVersioned, 4), ...dvc, ...firstPerFile(pinned, 3)]);
    if (strong) {
      const tools = dataVersioned.length > 0 ? ` (${toolNames(dataVersioned)})` : '';
      return yes(`The training data is versioned${tools}, so a run's data can be looked up.`, strong);
    }
    const training = await trainingCode(facts);
    const taggedJobs = await callsSaying(facts, training.usages, TRAINING_JOB_DATA_VERSION_TAG);
    const medium = nonEmpty([...firstPerFile(hashes, 3), ...firstPerFile(taggedJobs, 2), ...firstPerFile(assets, 2), ...firstPerFile(lineage.usages, 3)]);
    if (medium) {
      return yes('Runs record a dataset version or hash (a logged parameter, a training job tag, a versioned data asset the platform records as the job input) or an orchestrator records pipeline artifacts (lineage); confirm the data itself can be retrieved by that version.', medium, {
        confidence: 'medium',
      });
    }
    const files = await projectFiles(facts);
    const listing = await facts.files();
    const raw = files.matching(RAW_DATA_FILES).filter((f) => !isTestFile(f) && !onlyIllustrates(f, listing.files));
    if (raw.length > 0) {
      return unanswered('Data files are committed to git, which keeps their history but records no dataset version per training run.', {
        evidence: raw.slice(0, 3).map((f) => evidence(f, null, 'data file committed without versioning metadata')),
        hints: ['Check whether training runs record which commit of these files they used.'],
      });
    }
    return no('No data versioning (DVC, lakeFS, Delta versions, logged dataset inputs or hashes) was found.', LOOKED_AT, {
      evidence: versioned.importOnly.slice(0, 3),
    });
  },
};

const LOOKED_AT = [
  'data versioning calls in Python sources and notebooks (dvc.api, lakefs, mlflow.log_input, wandb use_artifact, Delta time travel, Azure ML dataset versions)',
  'platform data assets (Azure ML data.schema.json YAML)',
  '**/*.dvc, **/dvc.yaml, **/dvc.lock',
] as const;

/** DVC pipeline stages hash their data dependencies into dvc.lock; without file text, the lock file itself. */
async function dvcPipelineData(facts: Facts): Promise<Evidence[]> {
  const stages = await dvcStagesOf(facts);
  const withData = stages.filter((stage) => stage.deps.some((dep) => !CODE_FILE.test(dep)));
  if (withData.length > 0) {
    return withData.slice(0, 3).map((stage) => {
      const data = stage.deps.filter((dep) => !CODE_FILE.test(dep)).join(', ');
      return evidence(stage.file, stage.line, `DVC stage ${stage.name} depends on versioned data: ${data}`);
    });
  }
  const files = await projectFiles(facts);
  return files.matching(['**/dvc.lock']).slice(0, 1).map((f) => evidence(f, null, 'dvc.lock pins the hashes of pipeline inputs'));
}

const CODE_FILE = /\.(py|ipynb|sh|r|R|sql|ya?ml|toml|json|cfg)$/;

/** Delta Lake reads of a fixed version and dataset loads pinned to a revision. */
async function pinnedReads(facts: Facts): Promise<Evidence[]> {
  const [timeTravel, deltaVersion, datasetRevision] = await Promise.all([
    refinedCalls(
      facts,
      { imports: DELTA_TIME_TRAVEL.imports, calls: ['**'], where: withSnippet(DELTA_TIME_TRAVEL.snippet) },
      'Delta Lake time travel',
    ),
    refinedCalls(facts, { ...DELTA_TIME_TRAVEL.pinnedReader, where: withKeyword(...DELTA_TIME_TRAVEL.pinnedReader.keywords) }, 'Delta table read at a version'),
    refinedCalls(facts, { ...PINNED_DATASET_LOAD, where: withKeyword(...PINNED_DATASET_LOAD.keywords) }, 'dataset pinned to a revision'),
  ]);
  return [...timeTravel, ...deltaVersion, ...datasetRevision];
}
