import type { Rule } from '../../src/engine/rule.js';
import { MODEL_PIPELINES, MODEL_SAVES, ON_DEMAND_FEATURES } from '../../src/knowledge/feature-store.js';
import { evidence, nonEmpty, unanswered, yes, type Evidence } from '../../src/model/answer.js';
import { linksTo } from '../../src/profile/local-imports.js';
import { servingAnalysis } from '../../src/profile/serving.js';
import { asEvidence, findEvidence, isTestFile } from '../../src/profile/usages.js';

/** Calls that mark a module as training code. */
const TRAINING_METHODS = new Set(['fit', 'train', 'fit_transform']);
/** Shared modules that are about data preparation (a shared model class or config is not the point). */
const TRANSFORM_MODULE = /feature|preprocess|transform|process|clean|encod|prepar/i;

export const rule: Rule = {
  id: 48,
  kind: 'detects',
  looksFor: 'a transformation module imported by both training and serving code, a scikit-learn Pipeline persisted as the model, feature store on-demand views',
  toYes: 'Put the transformations in one module that training and serving both import, or persist them inside the model pipeline',
  async answer({ facts }) {
    const [onDemand, pipelines, saves, serving, sharedImports] = await Promise.all([
      findEvidence(facts, ON_DEMAND_FEATURES),
      findEvidence(facts, MODEL_PIPELINES),
      findEvidence(facts, MODEL_SAVES),
      servingAnalysis(facts),
      sharedTransformImports(facts),
    ]);
    const saved = new Set(saves.usages.map((u) => u.file));
    const persistedPipelines = pipelines.usages.filter((u) => saved.has(u.file));
    const proof = nonEmpty([...sharedImports.slice(0, 4), ...asEvidence(persistedPipelines, 3), ...asEvidence(onDemand.usages, 3)]);
    if (proof) {
      const ways = [
        sharedImports.length > 0 ? 'training and serving import the same transformation module' : null,
        persistedPipelines.length > 0 ? 'the preprocessing is persisted inside a scikit-learn Pipeline model' : null,
        onDemand.usages.length > 0 ? 'on-demand feature views compute request-time features' : null,
      ].filter(Boolean);
      return yes(`Offline and online data go through the same code: ${ways.join('; ')}.`, proof, { confidence: sharedImports.length > 0 || onDemand.usages.length > 0 ? 'high' : 'medium' });
    }
    return unanswered('No shared transformation code between training and serving was found; a person must check how serving prepares its inputs.', {
      evidence: asEvidence(serving.evidence, 3),
      hints: pipelines.usages.slice(0, 2).map((u) => `${u.file}:${u.line ?? ''} builds a Pipeline, but no save of it was found in that module`),
    });
  },
};

/** Project modules imported both by serving code and by training code (a module calling fit/train). */
async function sharedTransformImports(facts: Parameters<Rule['answer']>[0]['facts']): Promise<Evidence[]> {
  const [serving, code] = await Promise.all([servingAnalysis(facts), facts.code()]);
  if (serving.servingFiles.size === 0) return [];
  const sources = code.sources.map((s) => s.file).filter((f) => !isTestFile(f));
  const modules = (await code.modulesMentioning(['import'])).filter((m) => !isTestFile(m.file));
  const importsOf = (file: string): Map<string, number> => {
    const module = modules.find((m) => m.file === file);
    const targets = new Map<string, number>();
    for (const imp of module?.imports ?? []) for (const target of linksTo(imp, sources, file)) if (target !== file && TRANSFORM_MODULE.test(target)) targets.set(target, imp.line);
    return targets;
  };
  const servedImports = new Map<string, Evidence>();
  for (const file of serving.servingFiles) {
    for (const [target, line] of importsOf(file)) servedImports.set(target, evidence(file, line, `serving imports ${target}`));
  }
  const found: Evidence[] = [];
  for (const module of modules) {
    if (serving.servingFiles.has(module.file)) continue;
    const trains = module.calls.some((c) => TRAINING_METHODS.has((c.written ?? c.callee).split('.').pop() ?? ''));
    if (!trains) continue;
    for (const [target, line] of importsOf(module.file)) {
      const served = servedImports.get(target);
      if (served) found.push(served, evidence(module.file, line, `training imports ${target} too`));
    }
  }
  return found;
}
