import type { Rule } from './rule.js';
import { API_DOCS_SITES } from '../knowledge/api-docs.js';
import { no, nonEmpty, unanswered, yes } from '../model/answer.js';
import { asEvidence, findEvidence, toolNames } from '../evidence/usages.js';

/** Spec thresholds: at least 60% documented is `yes`, below 20% is `no`, in between a person decides. */
const YES_SHARE = 0.6;
const NO_SHARE = 0.2;
/** Below this many definitions the share is still reported but only with `medium` confidence (spec). */
const FEW_DEFINITIONS = 5;

export const rule: Rule = {
  id: 37,
  kind: 'detects',
  answers: ['yes', 'no', 'unanswered'],
  looksFor: "docstring share of the project's own public functions, classes and methods; docs sites rendering API docs from code (mkdocstrings, Sphinx autodoc, TypeDoc)",
  toYes: 'Give at least 60% of public functions/classes docstrings (JSDoc/TSDoc), or publish API docs generated from the code',
  async answer({ facts }) {
    const [census, sites] = await Promise.all([(await facts.code()).ownDefinitions(), findEvidence(facts, [], API_DOCS_SITES)]);
    const publicDefs = census.definitions.filter((d) => d.isPublic);
    const documented = publicDefs.filter((d) => d.hasDocstring);
    const share = publicDefs.length > 0 ? documented.length / publicDefs.length : null;
    const measured =
      share === null
        ? 'no public functions or classes were found'
        : `${sharePercent(share)} of ${publicDefs.length} public definitions in ${census.filesCounted} file(s) have docstrings${census.sampled ? ' (measured on a sample of the files)' : ''}`;
    const confidence = publicDefs.length < FEW_DEFINITIONS || census.sampled ? 'medium' : 'high';
    const site = nonEmpty(asEvidence(sites.usages, 3));
    if (site) return yes(`API docs are rendered from the code (${toolNames(sites.usages)}); ${measured}.`, site, { confidence: share !== null && share < NO_SHARE ? 'medium' : 'high' });
    const examples = documented.slice(0, 3).map((d) => ({ file: d.file, line: d.line, note: `${d.kind} ${d.name} has a docstring` }));
    const missing = publicDefs.filter((d) => !d.hasDocstring).slice(0, 3);
    const missingHints = missing.map((d) => `${d.file}:${d.line} ${d.kind} ${d.name} has no docstring`);
    if (share === null) return unanswered(`The docstring share cannot be measured: ${measured}.`);
    const proof = nonEmpty(examples);
    if (share >= YES_SHARE && proof) return yes(`The code is documented: ${measured}.`, proof, { confidence, hints: missingHints });
    if (share < NO_SHARE) {
      return no(`The code is barely documented: ${measured}, and no docs site renders API docs from it.`, ['docstrings of own public definitions', 'mkdocs.yml (mkdocstrings)', 'Sphinx conf.py (autodoc)', 'TypeDoc config'], {
        confidence,
        evidence: examples,
        hints: missingHints,
      });
    }
    return unanswered(`Partly documented: ${measured} (yes needs 60%, no is below 20%).`, { evidence: examples, hints: missingHints });
  },
};

/** One decimal near a threshold, so "60%" never stands beside an answer that needed 60%. */
function sharePercent(share: number): string {
  const percent = share * 100;
  return Number.isInteger(percent) ? `${percent}%` : `${percent.toFixed(1)}%`;
}
