import { isTestFile } from '../collect/code/file-kinds.js';
import { linksTo, moduleName } from '../collect/code/local-imports.js';
import { FEATURE_DATA_LIBRARY, INFERENCE_MODULE, SHARED_FEATURE_MODULE } from '../knowledge/feature-store.js';
import { evidence, type Evidence } from '../model/answer.js';
import type { Facts } from './facts.js';
import { dataPrepCode, trainingCode } from './ml-lifecycle.js';
import { repoTexts } from './repo-texts.js';

/**
 * Imports of a project features module by both sides of the model: a training module and an inference
 * module (an API, a scoring or prediction job, by its module name), neither a test. Two variants of
 * training importing one preprocessing file share nothing with serving. The module must be Python that
 * works on data (imports a data library or calls a data preparation API), not a UI's `features.ts` of
 * feature flags.
 */
export async function sharedFeatureModules(facts: Facts): Promise<Evidence[]> {
  const [code, prep, files, training] = await Promise.all([facts.code(), dataPrepCode(facts), repoTexts(facts), trainingCode(facts)]);
  const trains = new Set(training.usages.map((u) => u.file));
  const infers = (file: string): boolean => !trains.has(file) && moduleName(file).split('.').some((part) => INFERENCE_MODULE.test(part));
  const preparing = new Set([...prep.usages, ...prep.weak].map((u) => u.file));
  const worksOnData = (file: string): boolean => preparing.has(file) || FEATURE_DATA_LIBRARY.test(files.text(file) ?? '');
  const sources = code.sources.map((s) => s.file).filter((f) => !isTestFile(f) && f.endsWith('.py') && worksOnData(f));
  const featureFiles = sources.filter((f) => moduleName(f).split('.').some((part) => SHARED_FEATURE_MODULE.test(part)));
  if (featureFiles.length === 0) return [];
  const names = [...new Set(featureFiles.flatMap((f) => moduleName(f).split('.').filter((p) => SHARED_FEATURE_MODULE.test(p))))];
  const importers = new Map<string, Evidence[]>();
  for (const module of await code.modulesMentioning(names)) {
    if (isTestFile(module.file)) continue;
    for (const imp of module.imports) {
      for (const target of linksTo(imp, featureFiles, module.file)) {
        if (target === module.file) continue;
        const list = importers.get(target) ?? [];
        if (!list.some((e) => e.file === module.file)) list.push(evidence(module.file, imp.line, `imports the shared features module ${target}`));
        importers.set(target, list);
      }
    }
  }
  return [...importers.values()].filter((list) => list.some((e) => trains.has(e.file)) && list.some((e) => infers(e.file))).flat();
}
