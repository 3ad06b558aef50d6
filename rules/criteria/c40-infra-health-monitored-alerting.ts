import { askPerson } from '../ask-person.js';

export const rule = askPerson(40, {
  looksFor: "alert rules in IaC or config (CloudWatch alarms, Azure Monitor alerts, Prometheus/Alertmanager rules, Grafana alerts, Datadog monitors)",
  toYes: "Add evidence such as: alert rules in IaC or config (CloudWatch alarms, Azure Monitor alerts, Prometheus/Alertmanager rules, Grafana alerts, Datadog monitors)",
  hints: ["Check: Infra health monitored with alerting.", "Spec: no when none."],
});
