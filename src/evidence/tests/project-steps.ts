import type { Facts } from '../facts.js';
import { dataPrepCode, trainingCode } from '../ml-lifecycle.js';
import { modelModuleOf, servingAnalysis } from '../serving.js';
import { isNotebook } from '../../collect/code/file-kinds.js';
import type { Evidence } from '../../model/answer.js';
import type { MlStep, ProjectStep } from './model.js';

/** The project's own ML steps, and which of its files does which step. */
export interface ProjectStepMap {
  readonly steps: readonly ProjectStep[];
  /** Project file → the steps its code performs. */
  readonly byFile: ReadonlyMap<string, ReadonlySet<MlStep>>;
}

/**
 * Which steps the project has, from the knowledge base's call sites: data processing (pandas, Spark...),
 * training (fit, Trainer...) and serving (a web app that loads a model, model-server code). Notebooks
 * are exploration, not a step that needs tests; a deployment with no serving code here (a managed
 * endpoint of a registered model, a manifest) has no API of this repository to test, but an inference
 * script the endpoint runs is one.
 */
export async function projectSteps(facts: Facts): Promise<ProjectStepMap> {
  const [training, data, serving] = await Promise.all([trainingCode(facts), dataPrepCode(facts), servingAnalysis(facts)]);
  const code = (e: Evidence & { readonly via?: string }): boolean => !isNotebook(e.file) && e.via !== 'config';
  // The module a model app imports to load and call its model (a Lambda's `ModelService`) is serving code too.
  const servingModules = serving.modelApps.flatMap((app) => {
    const target = modelModuleOf(app);
    return target ? [{ file: target, line: null, note: `model code of the ${app.framework} app in ${app.file}` }] : [];
  });
  const servingCode = [
    ...serving.modelApps.map((app) => app.construction),
    ...servingModules,
    ...serving.servers.filter((s) => s.via !== 'config' && serving.servingFiles.has(s.file)),
    // An endpoint's inference script (Azure ML `init`/`run`, SageMaker `model_fn`) or a served model class is
    // this repository's API code even when the platform hosts it: a test can call it.
    ...serving.servedModels,
  ];
  const found: { step: MlStep; items: readonly Evidence[] }[] = [
    { step: 'data-processing', items: data.usages.filter(code) },
    { step: 'training', items: training.usages.filter(code) },
    { step: 'api', items: servingCode.filter(code) },
  ];
  const steps: ProjectStep[] = [];
  const byFile = new Map<string, Set<MlStep>>();
  for (const { step, items } of found) {
    for (const item of items) {
      const fileSteps = byFile.get(item.file) ?? new Set<MlStep>();
      if (fileSteps.has(step)) continue;
      fileSteps.add(step);
      byFile.set(item.file, fileSteps);
      steps.push({ step, file: item.file, line: item.line, note: item.note });
    }
  }
  return { steps, byFile };
}
