import { answerFromDocs, DOCS_ANSWERS } from './docs-answer.js';
import type { Rule } from './rule.js';
import { evidence } from '../model/answer.js';

/** A schema documents the data when most of its fields, and at least a few, say what they mean. */
const MIN_DESCRIBED = 3;

export const rule: Rule = {
  id: 5,
  kind: 'detects',
  answers: DOCS_ANSWERS,
  looksFor:
    'a data dictionary / feature description section, datasheet, or a schema whose fields carry descriptions (dbt, Frictionless, JSON Schema, Great Expectations notes, Feast fields, pandera columns)',
  toYes: 'Document each feature and its meaning: a data dictionary, or descriptions on the schema\'s fields.',
  async answer({ facts }) {
    const docs = await facts.docs();
    const schemas = docs.describedSchemas
      .filter((s) => s.describedFields >= Math.min(MIN_DESCRIBED, s.fields) && s.describedFields * 2 >= s.fields)
      .map((s) => evidence(s.file, s.line, `${s.kind} schema: ${s.describedFields} of ${s.fields} fields described`));
    return answerFromDocs(docs, 'data-definition', {
      extra: schemas,
      lookedAt: ['schemas with field descriptions: dbt models/sources, datapackage.json, *.schema.json, GE expectations, Feast Field/pandera Column calls'],
    });
  },
};
