import { TRAIT_NAMES, criterionMetadata, requiredTrait } from './criteria-metadata.js';
import { criterionDocLink } from './criteria-doc.js';

/** `mlops-scan explain <id>`, from the questionnaire and the rule's metadata; null for an unknown id. */
export function renderExplain(id: number): string | null {
  const metadata = criterionMetadata(id);
  if (!metadata) return null;
  const { criterion, sectionTitle, answeredBy, looksFor, toYes } = metadata;
  const trait = requiredTrait(criterion.appliesWhen);
  // Sections 5-7 have no subsections in the questionnaire.
  const subsection = criterion.subsection === '' ? '' : ` (${criterion.subsection})`;
  return [
    `${criterion.id}. ${criterion.statement}`,
    `Section:    ${criterion.section}. ${sectionTitle}${subsection}`,
    `Applies:    ${trait ? `only to ${TRAIT_NAMES[trait].projects}; otherwise n/a` : 'always'}`,
    `Answered:   ${answeredBy === 'scanner' ? 'by the scanner from the repository' : 'by a person (the repository cannot show it)'}`,
    `Looks for:  ${looksFor}`,
    `To reach yes: ${toYes}`,
    `More:       ${criterionDocLink(criterion.id)} (what each answer means for this criterion)`,
    '',
  ].join('\n');
}
