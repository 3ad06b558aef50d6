import { sectionNote, answerFromDocs, DOCS_ANSWERS } from './docs-answer.js';
import type { Rule } from './rule.js';
import { evidence } from '../model/answer.js';

/** An architecture decision record is about the model when its title says so. */
const MODEL_DECISION = /\b(models?|algorithms?|classifiers?|regressors?|estimators?|llms?|embeddings?)\b/i;
/**
 * A title naming a model only as what some infrastructure serves ("Vector Database Integration for
 * LLM/RAG Support", "Model Registry API") records a choice of infrastructure, not of a model.
 */
const INFRASTRUCTURE_DECISION =
  /\b(databases?|db|stores?|storage|integration|support|servers?|serving|registry|api|endpoints?|pipelines?|cache|caching|monitoring|deployment|infrastructure|sdk|rag)\b/i;

export const rule: Rule = {
  id: 6,
  kind: 'detects',
  answers: DOCS_ANSWERS,
  looksFor:
    'a model card "model details" section, a documentation section comparing or justifying the chosen model (also a "Benchmarks"/"Results" section whose text compares models and names the best, medium), or an architecture decision record about the model',
  toYes: 'Document why this model was chosen: candidates compared, criteria, the decision (a README section, model card or ADR).',
  async answer({ facts }) {
    const docs = await facts.docs();
    const records = new Set(docs.decisionRecords);
    // Reading every section parses all documentation: only worth it when decision records exist.
    const decisions = (records.size > 0 ? docs.sections : [])
      .filter((s) => records.has(s.file) && s.depth === 1 && aboutChoosingAModel(s.headingPath[0] ?? ''))
      .map((s) => evidence(s.file, s.line, `decision record ${sectionNote(s)}`));
    return answerFromDocs(docs, 'model-choice', {
      extra: decisions,
      lookedAt: ['architecture decision records (adr/, decisions/)'],
      hints: ['A model card\'s "Model details" shows the choice; check it also says why (alternatives, criteria).'],
    });
  },
};

function aboutChoosingAModel(title: string): boolean {
  return MODEL_DECISION.test(title) && !INFRASTRUCTURE_DECISION.test(title);
}
