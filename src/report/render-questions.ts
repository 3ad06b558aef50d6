import { CRITERIA, SECTIONS } from '../model/questionnaire.js';
import { criteriaMetadata, requiredTrait } from './criteria-metadata.js';
import { criterionDocLink } from './criteria-doc.js';

/** `mlops-scan questions`: the 60 criteria by section. */
export function renderQuestions(): string {
  const lines: string[] = [];
  let section = 0;
  for (const c of CRITERIA) {
    if (c.section !== section) {
      section = c.section;
      lines.push(`${lines.length > 0 ? '\n' : ''}${section}. ${SECTIONS[c.section]}`);
    }
    const scope = c.appliesWhen === 'always' ? '' : ` [only with ${c.appliesWhen}]`;
    lines.push(`  ${String(c.id).padStart(2)}. ${c.statement}${scope}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `mlops-scan questions --format json`: every criterion with what the scanner does for it. */
export function renderQuestionsJson(): string {
  const criteria = criteriaMetadata().map((m) => ({
    id: m.criterion.id,
    section: m.criterion.section,
    sectionTitle: m.sectionTitle,
    subsection: m.criterion.subsection === '' ? null : m.criterion.subsection,
    statement: m.criterion.statement,
    appliesOnlyWith: requiredTrait(m.criterion.appliesWhen),
    answeredBy: m.answeredBy,
    answers: m.answers,
    looksFor: m.looksFor,
    toYes: m.toYes,
    doc: criterionDocLink(m.criterion.id),
  }));
  return `${JSON.stringify({ schemaVersion: 1, criteria }, null, 2)}\n`;
}
