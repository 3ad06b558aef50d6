import type { Rule } from './rule.js';
import { MODEL_PIPELINES, MODEL_SAVES, ON_DEMAND_FEATURES } from '../knowledge/feature-store.js';
import { evidence, nonEmpty, unanswered, yes, type Evidence } from '../model/answer.js';
import { linksTo } from '../collect/code/local-imports.js';
import { servingAnalysis } from '../evidence/serving.js';
import { importChain, servingReach } from '../evidence/serving-scope.js';
import { asEvidence, findEvidence } from '../evidence/usages.js';
import { isTestFile } from '../collect/code/file-kinds.js';

/** Calls that mark a module as training code. */
const TRAINING_METHODS = new Set(['fit', 'train', 'fit_transform']);
/** Shared modules that are about data preparation (a shared model class or config is not the point). */
const TRANSFORM_MODULE = /feature|preprocess|transform|process|clean|encod|prepar/i;

export const rule: Rule = {
  id: 48,
  kind: 'detects',
  answers: ['yes', 'n/a', 'unanswered'],
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

/**
 * Project modules that serving code reaches through its imports (`serve.py → predict.py → data.py`) and
 * that a training module (one calling fit/train) imports too. Only transformation modules count: their
 * path or one of their definitions names a transform (`CustomPreprocessor`, `clean_text`).
 */
async function sharedTransformImports(facts: Parameters<Rule['answer']>[0]['facts']): Promise<Evidence[]> {
  const [serving, reach, code] = await Promise.all([servingAnalysis(facts), servingReach(facts), facts.code()]);
  if (serving.servingFiles.size === 0) return [];
  const sources = code.sources.map((s) => s.file).filter((f) => !isTestFile(f));
  const modules = (await code.modulesMentioning(['import'])).filter((m) => !isTestFile(m.file));
  const isTransform = (file: string): boolean =>
    TRANSFORM_MODULE.test(file) || (modules.find((m) => m.file === file)?.definitions.some((d) => TRANSFORM_MODULE.test(d.name)) ?? false);
  const trains = (file: string): boolean =>
    modules.find((m) => m.file === file)?.calls.some((c) => TRAINING_METHODS.has((c.written ?? c.callee).split('.').pop() ?? '')) ?? false;
  // A notebook that trains and then deploys imports training code for training: it shows no sharing.
  const served = new Set(
    [...reach.keys()].filter((file) => !serving.servingFiles.has(file) && isTransform(file) && !trains(importChain(reach, file)[0] ?? file)),
  );
  const found: Evidence[] = [];
  const shown = new Set<string>();
  for (const module of modules) {
    if (serving.servingFiles.has(module.file) || !trains(module.file)) continue;
    for (const imp of module.imports) {
      for (const target of linksTo(imp, sources, module.file)) {
        if (target === module.file || !served.has(target) || shown.has(`${module.file}>${target}`)) continue;
        shown.add(`${module.file}>${target}`);
        const link = reach.get(target)?.from;
        const chain = importChain(reach, target).join(' → ');
        if (link && !shown.has(target)) found.push(evidence(link.file, link.line, `serving reaches ${target} (${chain})`));
        shown.add(target);
        found.push(evidence(module.file, imp.line, `training imports ${target} too`));
      }
    }
  }
  return found;
}
