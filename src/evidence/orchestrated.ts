import type { SourceModule } from '../collect/code/model.js';
import type { Facts } from './facts.js';
import { evidence, type Evidence } from '../model/answer.js';
import { findEvidence } from './usages.js';
import { isTestFile, onlyIllustrates } from '../collect/code/file-kinds.js';
import { withKeyword } from './call-sites.js';
import { refinedCalls } from './ml-lifecycle.js';
import { KEYWORD_SCHEDULES, NO_SCHEDULE, ORCHESTRATION, SCHEDULING_DECORATOR } from '../knowledge/orchestration.js';
import { withCapability } from '../knowledge/select.js';
import { calleeMatcher } from '../knowledge/signature.js';

/** Orchestrator code found in one module, with the module to ask what its pipeline does. */
export interface OrchestratedModule {
  readonly module: SourceModule;
  readonly evidence: readonly Evidence[];
}

const ORCHESTRATOR_ROOTS = [...new Set(ORCHESTRATION.flatMap((s) => s.imports))];

/** Modules defining orchestrated pipelines (DAGs, flows, jobs), outside tests and illustrative folders. */
export async function orchestratorModules(facts: Facts): Promise<OrchestratedModule[]> {
  const found = await findEvidence(facts, withCapability(ORCHESTRATION, 'orchestrator'));
  return attach(facts, found.usages);
}

/**
 * Modules where a schedule or sensor starts a pipeline: orchestrator schedule objects, Airflow DAGs
 * with a `schedule` (not `None`), Prefect `serve`/`deploy` with a cron or interval.
 */
export async function scheduledModules(facts: Facts): Promise<OrchestratedModule[]> {
  const [objects, keywordCalls, decorators] = await Promise.all([
    findEvidence(facts, withCapability(ORCHESTRATION, 'orchestrator-schedule')),
    Promise.all(
      KEYWORD_SCHEDULES.map((s) => refinedCalls(facts, { ...s, where: (c) => withKeyword(...s.keywords)(c) && !NO_SCHEDULE.test(c.snippet) }, `${s.tool} schedule`)),
    ),
    schedulingDecorators(facts),
  ]);
  return attach(facts, [...objects.usages, ...keywordCalls.flat(), ...decorators]);
}

/** The first thing in the module (path, import, definition, decorated name, call) whose name matches. */
export function moduleShows(module: SourceModule, pattern: RegExp): Evidence | null {
  const candidates: { line: number | null; text: string }[] = [
    ...module.definitions.map((d) => ({ line: d.line, text: d.name })),
    ...module.decorators.map((d) => ({ line: d.line, text: `${d.target ?? ''} ${d.snippet}` })),
    ...module.calls.map((c) => ({ line: c.line, text: c.snippet })),
    ...module.imports.map((i) => ({ line: i.line, text: `${i.module} ${i.imported ?? ''}` })),
  ];
  const hit = candidates.find((c) => pattern.test(c.text));
  if (hit) return evidence(module.file, hit.line, hit.text.trim().slice(0, 120));
  return pattern.test(module.file) ? evidence(module.file, null, module.file) : null;
}

async function schedulingDecorators(facts: Facts): Promise<Evidence[]> {
  const modules = await (await facts.code()).modulesMentioning(SCHEDULING_DECORATOR.imports);
  const matchers = SCHEDULING_DECORATOR.decorators.map(calleeMatcher);
  return modules.flatMap((module) =>
    module.decorators
      .filter((d) => matchers.some((m) => m(d.callee)) && SCHEDULING_DECORATOR.snippet.test(d.snippet))
      .map((d) => evidence(module.file, d.line, `Airflow schedule: ${d.snippet}`)),
  );
}

async function attach(facts: Facts, found: readonly Evidence[]): Promise<OrchestratedModule[]> {
  const files = await facts.files();
  const kept = found.filter((e) => !isTestFile(e.file) && !onlyIllustrates(e.file, files.files));
  if (kept.length === 0) return [];
  const modules = await (await facts.code()).modulesMentioning(ORCHESTRATOR_ROOTS);
  const byFile = new Map(modules.map((m) => [m.file, m]));
  const grouped = new Map<string, Evidence[]>();
  for (const item of kept) grouped.set(item.file, [...(grouped.get(item.file) ?? []), evidence(item.file, item.line, item.note)]);
  return [...grouped].flatMap(([file, items]) => {
    const module = byFile.get(file);
    return module ? [{ module, evidence: items }] : [];
  });
}
