import { stepContent, stepText } from './ci-steps.js';
import type { CiJob, CiPipeline, CiStep } from '../collect/ci/model.js';
import type { Facts } from './facts.js';
import { evidence, type Evidence } from '../model/answer.js';
import { findEvidence, type Findings } from './usages.js';
import { isTestFile, onlyIllustrates } from '../collect/code/file-kinds.js';
import { callSites, type CallQuery } from './call-sites.js';
import { callText } from './call-text.js';
import { DATA_PREP, DATA_PREP_RANK, MEMMAP_WRITE, NOT_DATA_PREP_SQL, onlySchemaSql, SQL_FILES, WEAK_DATA_PREP } from '../knowledge/data-prep.js';
import type { ToolUsage } from './find-usage.js';
import { dvcStages, type DvcStage } from './dvc-pipeline.js';
import { projectFiles } from './project-files.js';
import { withCapability } from '../knowledge/select.js';
import { TRACKING, type TrackingCapability } from '../knowledge/tracking.js';
import { TRAINING, TRAINING_COMMAND } from '../knowledge/training.js';
import { escapeRegExp } from '../util/regexp.js';

/**
 * The evidence several ML lifecycle rules share (training code, data code, tracker use, DVC stages,
 * CI steps), gathered from facts. Test files never count: a test calling mlflow wires nothing; nor do
 * examples and tutorials of a project with code of its own (see `onlyIllustrates`), which are hints.
 */

export function trainingCode(facts: Facts): Promise<Findings> {
  return findEvidence(facts, withCapability(TRAINING, 'model-training'));
}

export function trackingUse(facts: Facts, ...capabilities: readonly TrackingCapability[]): Promise<Findings> {
  return findEvidence(facts, withCapability(TRACKING, ...capabilities));
}

export interface DataPrepCode extends Findings {
  /** Tracked SQL files that are not schema migrations or tests. */
  readonly sqlFiles: readonly string[];
  /** DataFrames built from values: data or a table of results; a hint, never proof on its own. */
  readonly weak: readonly ToolUsage[];
}

/** Data preparation calls, strongest first (reading a dataset, then cleaning, then the rest). */
export async function dataPrepCode(facts: Facts): Promise<DataPrepCode> {
  const [found, weak, memmaps, files, listing] = await Promise.all([
    findEvidence(facts, DATA_PREP),
    findEvidence(facts, WEAK_DATA_PREP),
    callSites(await facts.code(), { ...MEMMAP_WRITE, where: (call) => MEMMAP_WRITE.writeMode.test(call.snippet) }),
    projectFiles(facts),
    facts.files(),
  ]);
  const own = (file: string): boolean => !isTestFile(file) && !onlyIllustrates(file, listing.files);
  const written: ToolUsage[] = memmaps
    .filter((s) => own(s.file))
    .map((s) => ({
      toolId: MEMMAP_WRITE.toolId,
      tool: MEMMAP_WRITE.label,
      capability: 'data-preparation',
      via: 'call',
      file: s.file,
      line: s.call.line,
      note: `${MEMMAP_WRITE.label}: ${s.call.snippet}`,
    }));
  const sqlFiles = files.matching(SQL_FILES).filter((f) => {
    if (NOT_DATA_PREP_SQL.test(f) || !own(f)) return false;
    const text = listing.text(f);
    return text !== null && !onlySchemaSql(text);
  });
  const usages = [...found.usages, ...written].map((u, i) => ({ u, i, rank: prepRank(u.note) })).sort((a, b) => a.rank - b.rank || a.i - b.i).map(({ u }) => u);
  return { usages, importOnly: found.importOnly, illustrative: found.illustrative, sqlFiles, weak: weak.usages };
}

function prepRank(note: string): number {
  const rank = DATA_PREP_RANK.findIndex((pattern) => pattern.test(note));
  return rank < 0 ? DATA_PREP_RANK.length : rank;
}

/** Calls answering a refined query (a keyword, a snippet pattern), outside test and illustrative files, as evidence. */
export async function refinedCalls(facts: Facts, query: CallQuery, note: string): Promise<Evidence[]> {
  const [sites, files] = await Promise.all([facts.code().then((code) => callSites(code, query)), facts.files()]);
  return sites.filter((s) => !isTestFile(s.file) && !onlyIllustrates(s.file, files.files)).map((s) => evidence(s.file, s.call.line, `${note}: ${s.call.snippet}`));
}

/**
 * The evidence items (calls found with their line) whose whole call text matches `pattern`: a training
 * job's `tags={"GitCommitHash": ...}` or `experiment_config=` written on the call's later lines.
 */
export async function callsSaying(facts: Facts, calls: readonly Evidence[], pattern: RegExp): Promise<Evidence[]> {
  const files = await facts.files();
  return calls.flatMap((c) => {
    if (c.line === null) return [];
    const text = files.text(c.file);
    const said = (text === null ? null : callText(text, c.line))?.match(pattern)?.[0];
    return said === undefined ? [] : [evidence(c.file, c.line, `${c.note} … ${said.replace(/\s+/g, ' ').slice(-80)}`)];
  });
}

/** The whole text of the call at `file:line`, or null. */
export async function callTextAt(facts: Facts, file: string, line: number): Promise<string | null> {
  const text = (await facts.files()).text(file);
  return text === null ? null : callText(text, line);
}

export async function dvcStagesOf(facts: Facts): Promise<DvcStage[]> {
  return dvcStages(await projectFiles(facts));
}

/** A CI step with the pipeline it belongs to. */
export interface PipelineStep {
  readonly pipeline: CiPipeline;
  readonly job: CiJob;
  readonly step: CiStep;
}

/**
 * Steps matching `pattern`; with `scheduledOnly`, only in jobs that run on a schedule trigger
 * (a job restricted to other triggers does not).
 */
export async function ciSteps(facts: Facts, pattern: RegExp, options: { readonly scheduledOnly: boolean }): Promise<PipelineStep[]> {
  const ci = await facts.ci();
  const found: PipelineStep[] = [];
  for (const pipeline of ci.pipelines) {
    for (const job of pipeline.jobs) {
      const triggers = job.triggers ?? pipeline.triggers;
      if (options.scheduledOnly && !triggers.some((t) => t.kind === 'schedule')) continue;
      for (const step of job.steps) if (pattern.test(stepContent(step))) found.push({ pipeline, job, step });
    }
  }
  return found;
}

/**
 * Steps of any CI system (GitHub Actions, GitLab, CodePipeline/CodeBuild, Cloud Build ...) that train:
 * a training command (`python train.py`, `dvc repro`), or a command running one of the project's
 * training scripts by path or file name (`python model/run_pipeline.py` where that script starts a
 * training job).
 */
export async function trainingCiSteps(facts: Facts, trainingFiles: ReadonlySet<string>, options: { readonly scheduledOnly: boolean }): Promise<PipelineStep[]> {
  const scripts = [...trainingFiles].filter((f) => f.endsWith('.py')).map((f) => new RegExp(`(^|[\\s/'"=])${escapeRegExp(f.split('/').pop() ?? f)}\\b`));
  const steps = await ciSteps(facts, /./, options);
  return steps.filter(({ step }) => TRAINING_COMMAND.test(stepContent(step)) || scripts.some((script) => script.test(stepContent(step))));
}

/** The schedule trigger and the step of a scheduled pipeline, as evidence. */
export function scheduledStepEvidence({ pipeline, step }: PipelineStep, what: string): Evidence[] {
  const schedule = pipeline.triggers.find((t) => t.kind === 'schedule');
  const cron = schedule?.kind === 'schedule' && schedule.cron ? ` (${schedule.cron})` : '';
  return [
    evidence(pipeline.file, schedule?.line ?? null, `${pipeline.name}: scheduled${cron}`),
    evidence(step.file, step.line, `${what}: ${firstLine(stepText(step))}`),
  ];
}

/** Usages as plain evidence, the first per file, at most `max`: enough to check without drowning. */
export function firstPerFile(items: readonly Evidence[], max = 6): Evidence[] {
  const seen = new Set<string>();
  const kept: Evidence[] = [];
  for (const item of items) {
    if (seen.has(item.file)) continue;
    seen.add(item.file);
    kept.push(evidence(item.file, item.line, item.note));
    if (kept.length === max) break;
  }
  return kept;
}

/** Distinct tool names of usages, for rationales ("MLflow, DVC"). */
export function toolNames(usages: readonly { readonly tool: string }[]): string {
  return [...new Set(usages.map((u) => u.tool))].join(', ');
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').trim().slice(0, 120);
}
