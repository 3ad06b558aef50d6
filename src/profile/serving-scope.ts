import type { Facts } from '../engine/facts.js';
import { MODEL_SERVERS, WEB_FRAMEWORKS } from '../knowledge/serving.js';
import { linksTo } from './local-imports.js';
import { servingAnalysis } from './serving.js';
import { isTestFile } from './usages.js';

/**
 * The serving code and the project modules it imports directly (request schemas, feature code), so a
 * check wired in `schemas.py` and used by `app.py` counts as part of serving.
 */
export async function servingScope(facts: Facts): Promise<ReadonlySet<string>> {
  const [serving, code] = await Promise.all([servingAnalysis(facts), facts.code()]);
  if (serving.servingFiles.size === 0) return serving.servingFiles;
  const sources = code.sources.map((s) => s.file).filter((f) => !isTestFile(f));
  const scope = new Set(serving.servingFiles);
  const roots = [...new Set([...WEB_FRAMEWORKS, ...MODEL_SERVERS].flatMap((s) => s.imports))];
  const modules = await code.modulesMentioning(roots);
  for (const module of modules) {
    if (!serving.servingFiles.has(module.file)) continue;
    for (const imp of module.imports) for (const file of linksTo(imp, sources, module.file)) scope.add(file);
  }
  return scope;
}
