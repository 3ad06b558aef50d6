import { CRITERIA, SECTIONS, type Applicability } from '../../rules/questionnaire.js';
import { RULES } from '../../rules/registry.js';

const APPLIES: Readonly<Record<Applicability, string>> = {
  always: 'always',
  realtime: 'only to projects that serve predictions online (real-time inference); otherwise n/a',
  batch: 'only to projects with batch scoring jobs; otherwise n/a',
  inference: 'only to projects that deploy inference (online or batch); otherwise n/a',
  iac: 'only to projects with infrastructure as code; otherwise n/a',
  featureStore: 'only to projects with a feature store; otherwise n/a',
  abTesting: 'only to projects that run A/B tests; otherwise n/a',
};

/** `mlops-scan explain <id>`, from the questionnaire and the rule's metadata; null for an unknown id. */
export function renderExplain(id: number): string | null {
  const criterion = CRITERIA.find((c) => c.id === id);
  const rule = RULES.find((r) => r.id === id);
  if (!criterion || !rule) return null;
  return [
    `${criterion.id}. ${criterion.statement}`,
    `Section:    ${criterion.section}. ${SECTIONS[criterion.section]} (${criterion.subsection})`,
    `Applies:    ${APPLIES[criterion.appliesWhen]}`,
    `Answered:   ${rule.kind === 'detects' ? 'by the scanner from the repository' : 'by a person (the repository cannot show it)'}`,
    `Looks for:  ${rule.looksFor}`,
    `To reach yes: ${rule.toYes}`,
    '',
  ].join('\n');
}
