import { TRAIT_NAMES, criterionMetadata, requiredTrait } from '../../rules/criteria-metadata.js';
import { criterionAnchor } from '../../rules/criteria-doc.js';

/** `mlops-scan explain <id>`, from the questionnaire and the rule's metadata; null for an unknown id. */
export function renderExplain(id: number): string | null {
  const metadata = criterionMetadata(id);
  if (!metadata) return null;
  const { criterion, sectionTitle, answeredBy, looksFor, toYes } = metadata;
  const trait = requiredTrait(criterion.appliesWhen);
  return [
    `${criterion.id}. ${criterion.statement}`,
    `Section:    ${criterion.section}. ${sectionTitle} (${criterion.subsection})`,
    `Applies:    ${trait ? `only to ${TRAIT_NAMES[trait].projects}; otherwise n/a` : 'always'}`,
    `Answered:   ${answeredBy === 'scanner' ? 'by the scanner from the repository' : 'by a person (the repository cannot show it)'}`,
    `Looks for:  ${looksFor}`,
    `To reach yes: ${toYes}`,
    `More:       ${criterionAnchor(criterion.id)} (what each answer means)`,
    '',
  ].join('\n');
}
