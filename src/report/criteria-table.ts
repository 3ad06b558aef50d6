import { TRAIT_NAMES, criteriaMetadata, requiredTrait } from './criteria-metadata.js';

/** The README's criteria table, generated from the questionnaire and the rules' metadata so it cannot drift. */
export function renderCriteriaTable(): string {
  const rows = criteriaMetadata().map(({ criterion: c, answeredBy }) => {
    const statement = c.statement.replace(/\|/g, '\\|');
    const trait = requiredTrait(c.appliesWhen);
    return `| ${c.id} | ${c.section} | ${statement} | ${answeredBy} | ${trait ? TRAIT_NAMES[trait].short : ''} |`;
  });
  return ['| id | section | statement | answered by | only with |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}
