import { CRITERIA } from './questionnaire.js';
import { RULES } from './registry.js';

const APPLIES: Readonly<Record<string, string>> = {
  always: '',
  realtime: 'real-time serving',
  batch: 'batch scoring',
  inference: 'deployed inference',
  iac: 'IaC',
  featureStore: 'feature store',
  abTesting: 'A/B testing',
};

/** The README's criteria table, generated from the questionnaire and the rules' metadata so it cannot drift. */
export function renderCriteriaTable(): string {
  const kindOf = new Map(RULES.map((rule) => [rule.id, rule.kind]));
  const rows = CRITERIA.map((c) => {
    const by = kindOf.get(c.id) === 'detects' ? 'scanner' : 'person';
    const statement = c.statement.replace(/\|/g, '\\|');
    return `| ${c.id} | ${c.section} | ${statement} | ${by} | ${APPLIES[c.appliesWhen] ?? c.appliesWhen} |`;
  });
  return ['| id | section | statement | answered by | only with |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}
