import type { Rule } from './rule.js';
import { BATCH_ALERTING, BATCH_ALERTING_PROBES } from '../knowledge/monitoring.js';
import { no, nonEmpty, yes } from '../model/answer.js';
import { asEvidence, findEvidence, importHints, toolNames } from '../evidence/usages.js';

export const rule: Rule = {
  id: 42,
  kind: 'detects',
  answers: ['yes', 'no', 'n/a'],
  looksFor: 'failure alerts, SLAs and notifications on scoring jobs (Airflow on_failure_callback/email_on_failure/sla, Prefect/Dagster failure hooks, Databricks job notifications, CI failure notifications), freshness checks',
  toYes: 'Alert on failed or late scoring jobs (failure callbacks, job email/webhook notifications, SLAs or freshness checks)',
  async answer({ facts, profile }) {
    const found = await findEvidence(facts, BATCH_ALERTING, BATCH_ALERTING_PROBES);
    const proof = nonEmpty(asEvidence(found.usages));
    if (proof) return yes(`Batch delivery is monitored: ${toolNames(found.usages)} alert on failures or lateness.`, proof, { confidence: 'medium' });
    return no(
      'The project scores in batch, but no failure alert, SLA, notification or freshness check is attached to its jobs.',
      ['Airflow DAG arguments', 'Prefect/Dagster hooks and sensors', 'Databricks job notifications', 'CI failure steps', 'dbt source freshness'],
      { evidence: asEvidence(profile.batch.evidence, 3), hints: importHints(found.importOnly) },
    );
  },
};
