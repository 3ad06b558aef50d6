import type { Rule } from './rule.js';
import { cloudFormationAlarms } from '../evidence/operations.js';
import { ALERTING_PROBES } from '../knowledge/operations.js';
import { no, nonEmpty, yes } from '../model/answer.js';
import { probeFiles } from '../evidence/probe-files.js';
import { repoTexts } from '../evidence/repo-texts.js';
import { asEvidence, toolNames } from '../evidence/usages.js';

export const rule: Rule = {
  id: 40,
  kind: 'detects',
  answers: ['yes', 'no'],
  looksFor: 'alert rules as code: CloudWatch alarms, Azure Monitor alerts, Google Cloud alert policies, Datadog/New Relic monitors, PrometheusRule and Prometheus rule files, Alertmanager configs, Grafana alert provisioning, Databricks SQL alerts and job health rules',
  toYes: 'Define alerts on the infrastructure\'s health as code (e.g. aws_cloudwatch_metric_alarm, a PrometheusRule, Grafana alert provisioning) next to the infrastructure.',
  async answer({ facts }) {
    const texts = await repoTexts(facts);
    const alerts = await probeFiles(facts, ALERTING_PROBES);
    // Alarms on the infrastructure's own metrics (errors, latency) first; a drift alarm watches the model.
    const alarms = cloudFormationAlarms(texts).sort((a, b) => Number(b.health) - Number(a.health));
    // A probe hit on a line already read as an alarm (with what it watches) is cited once, as that alarm.
    const others = alerts.filter((a) => !alarms.some((alarm) => alarm.file === a.file && alarm.line === a.line));
    const proof = nonEmpty([...asEvidence(alarms, 3), ...asEvidence(others, 6)].slice(0, 6));
    if (proof) return yes(`Infrastructure health alerts are defined as code (${toolNames(alerts)}).`, proof);
    return no('No alert rule on infrastructure health was found in IaC or monitoring configs.', [
      'alarm/alert/monitor resources in Terraform, CloudFormation, Bicep, Pulumi/CDK code',
      'PrometheusRule manifests, Prometheus rule files, alertmanager*.yml, Grafana alert provisioning',
      'Databricks bundle alerts and job health rules',
    ], { hints: ['Alerts configured in a monitoring console outside the repository are not visible here; answer by hand if they exist.'] });
  },
};
