import { EXPLAINERS, RESULT_USED, type ExplainabilityCapability } from '../knowledge/explainability.js';
import type { Facts } from './facts.js';
import { repoTexts } from './repo-texts.js';
import { findEvidence, type Findings } from './usages.js';

/**
 * Explainer usages in the code. An explanation request whose result nobody receives (only a config
 * passed through) explains nothing, so it counts only when its line hands the result on.
 */
export async function explainerUsages(facts: Facts): Promise<Findings> {
  const [found, texts] = await Promise.all([findEvidence(facts, EXPLAINERS), repoTexts(facts)]);
  const lineOf = (file: string, line: number | null): string => (line === null ? '' : ((texts.text(file) ?? '').split('\n')[line - 1] ?? '').replace(/^\s*"/, ''));
  const usages = found.usages.filter((u) => u.capability !== ('explanation-request' satisfies ExplainabilityCapability) || RESULT_USED.test(lineOf(u.file, u.line)));
  return { ...found, usages };
}
