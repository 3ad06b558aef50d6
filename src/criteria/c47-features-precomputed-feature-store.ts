import type { Rule } from './rule.js';
import { FEATURE_DATA_LIBRARY, SHARED_FEATURE_MODULE } from '../knowledge/feature-store.js';
import { dataPrepCode, trainingCode } from '../evidence/ml-lifecycle.js';
import { evidence, no, nonEmpty, yes, type Evidence } from '../model/answer.js';
import { linksTo, moduleName } from '../collect/code/local-imports.js';
import { featureStoreFindings } from '../profile/traits.js';
import { asEvidence, importHints, toolNames } from '../evidence/usages.js';
import { isTestFile } from '../collect/code/file-kinds.js';

/** A features package counts as shared when at least this many pipeline modules import it. */
const SHARED_BY = 2;

export const rule: Rule = {
  id: 47,
  kind: 'detects',
  answers: ['yes', 'no'],
  looksFor: 'feature store definitions and APIs (Feast feature_store.yaml, Tecton, Hopsworks, Databricks/SageMaker/Vertex feature stores) or a features module imported by several pipelines',
  toYes: 'Precompute features in a feature store, or move feature code into a package that every pipeline imports',
  async answer({ facts }) {
    const [store, shared] = await Promise.all([featureStoreFindings(facts), sharedFeatureModules(facts)]);
    const proof = nonEmpty([...asEvidence(store.usages, 6), ...shared.slice(0, 4)]);
    if (proof) {
      const what = [store.usages.length > 0 ? `a feature store (${toolNames(store.usages)})` : null, shared.length > 0 ? 'a shared features module' : null].filter(Boolean).join(' and ');
      return yes(`Features are shareable: ${what}.`, proof, { confidence: store.usages.length > 0 ? 'high' : 'medium' });
    }
    const [training, prep] = await Promise.all([trainingCode(facts), dataPrepCode(facts)]);
    const mlCode = training.usages.length > 0 || prep.usages.length > 0;
    // Say what is true: with no model or data code here, nothing builds features at all.
    const rationale = mlCode
      ? 'Features are built inline: no feature store and no features module shared by several pipelines.'
      : 'No feature store and no shared features module: the repository holds no model training or data preparation code that builds features.';
    return no(rationale, ['feature store configs and APIs', 'project modules named features/feature_engineering/preprocessing and who imports them'], {
      hints: importHints(store.importOnly),
    });
  },
};

/**
 * Imports of a project features module by at least two other (non-test) modules. The module must be
 * Python that works on data (imports a data library or calls a data preparation API), not a UI's
 * `features.ts` of feature flags.
 */
async function sharedFeatureModules(facts: Parameters<Rule['answer']>[0]['facts']): Promise<Evidence[]> {
  const [code, prep, files] = await Promise.all([facts.code(), dataPrepCode(facts), facts.files()]);
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
  return [...importers.values()].filter((list) => list.length >= SHARED_BY).flat();
}
