import { CLOUDFORMATION, TERRAFORM, YAML, type FileProbe } from './file-probe.js';

/**
 * Operating the infrastructure: cost tracking (criterion 39) and health alerting (criterion 40), as
 * file probes over IaC, CI and monitoring configs. Knowledge as data: a new tool is one entry.
 */

const CI_FILES = [
  '.github/workflows/*.{yml,yaml}',
  '.gitlab-ci.yml',
  '**/*.gitlab-ci.yml',
  'azure-pipelines*.{yml,yaml}',
  '.azure-pipelines/**/*.{yml,yaml}',
  '**/Jenkinsfile',
  '.circleci/config.yml',
  'bitbucket-pipelines.yml',
  '**/atlantis.{yml,yaml}',
] as const;
const BICEP = ['**/*.bicep'] as const;
const IAC_CODE = ['**/*.py', '**/*.ts', '**/*.go', '**/*.cs', '**/*.java'] as const;

/** Cost estimation and budgets (criterion 39): what makes spending visible or capped before it happens. */
export const COST_PROBES: readonly FileProbe[] = [
  // https://www.infracost.io/docs/features/config_file/
  { tool: 'Infracost config', capability: 'cost-estimation', files: ['**/infracost*.{yml,yaml}'], line: /^\s*(version|projects)\s*:/ },
  // https://www.infracost.io/docs/integrations/cicd/
  { tool: 'Infracost in CI', capability: 'cost-estimation', files: CI_FILES, line: /\binfracost\s+(breakdown|diff|comment|upload)\b|uses:\s*infracost\/actions\// },
  {
    tool: 'Budget in Terraform',
    capability: 'cost-budget',
    files: TERRAFORM,
    line: /^\s*resource\s+"(aws_budgets_budget|aws_budgets_budget_action|aws_ce_anomaly_monitor|azurerm_consumption_budget_\w+|azurerm_cost_anomaly_alert|google_billing_budget)"/,
  },
  { tool: 'Budget in CloudFormation', capability: 'cost-budget', files: CLOUDFORMATION, line: /^\s*"?Type"?\s*:\s*["']?AWS::(Budgets::Budget|CE::AnomalyMonitor)\b/ },
  { tool: 'Budget in Bicep', capability: 'cost-budget', files: BICEP, line: /^\s*resource\s+\S+\s+'Microsoft\.Consumption\/budgets@/i },
  // Pulumi and CDK programs: the budget resource classes of their AWS, Azure and GCP libraries.
  { tool: 'Budget in IaC code', capability: 'cost-budget', files: IAC_CODE, line: /\b(aws\.budgets\.Budget|budgets\.CfnBudget|azure_native\.consumption\.Budget|consumption\.Budget|gcp\.billing\.Budget)\s*\(/ },
];

/**
 * Tag keys that allocate cost to a project, team budget or cost centre. Case matters for `Project`:
 * a lowercase `project = ...` in Terraform is usually the GCP provider's project argument, not a tag.
 */
export const COST_TAG_KEY = /^(Project|ProjectName|project[-_]name|CostCenter|CostCentre|Cost[-_]?Center|cost[-_]?cent(er|re)|cost[-_]?allocation|CostAllocation|BillingCode|billing[-_]?(code|id|project)|Budget|budget[-_]?code)$/;

/** A line opening a tag map: Terraform `tags = {`, `default_tags {`, bundle `custom_tags:`, CloudFormation `Tags:`, Bicep `tags: {`. */
export const TAG_BLOCK = /^(\s*)["']?(tags|default_tags|custom_tags|labels|Tags|common_tags|resource_tags)["']?\s*(?:=\s*(?:merge\()?[{[]|\{|:)(.*)$/;
/** A tag key inside the map (`Project = "x"`, `CostCenter: x`, CloudFormation `- Key: CostCenter`). */
export const TAG_KEY = /(?:^|[{,\s])"?([A-Za-z][\w-]*)"?\s*[:=]\s*(?!\{)/g;
export const CFN_TAG_KEY = /^\s*-?\s*\{?\s*["']?Key["']?\s*[:=]\s*["']?([A-Za-z][\w-]*)/;
/** Tag maps count in IaC and platform configs, not in app or CI configs. */
export const TAGGED_FILES = [...TERRAFORM, '**/*.bicep', ...YAML] as const;
/**
 * Code that deploys stacks or resources with tags (boto3 `Tags=`, a stack config's `"Tags": {...}`): the
 * tags are set at run time, so they count only as less sure evidence, and only with a cost key.
 */
export const TAGGING_CODE = ['**/*.py'] as const;
export const TAGGED_YAML = /^(resources|Resources|AWSTemplateFormatVersion|bundle|apiVersion)\s*:/m;
/** How far below its opening line a tag map is read. */
export const TAG_BLOCK_LINES = 25;

/**
 * A documentation section about what running the system costs (criterion 39 accepts cost docs): its
 * heading is about cost, and its body talks money or billing, not a passing "low-cost" in prose.
 */
export const COST_DOC_HEADING = /\b(costs?|pricing|billing|budgets?|spend(ing)?|finops|cost estimat\w*)\b/i;
export const COST_DOC_BODY = /[$€£]\s?\d|\b\d+(\.\d+)?\s?(usd|eur|dollars?)\b|\bper (hour|day|month)\b|\b(pricing|billed|charged?|charges|free tier|budget)\b/i;

/** Alert rules on infrastructure health (criterion 40). */
export const ALERTING_PROBES: readonly FileProbe[] = [
  {
    tool: 'Alert in Terraform',
    capability: 'infra-alerting',
    files: TERRAFORM,
    line: /^\s*resource\s+"(aws_cloudwatch_metric_alarm|aws_cloudwatch_composite_alarm|azurerm_monitor_metric_alert|azurerm_monitor_scheduled_query_rules_alert(_v2)?|azurerm_monitor_activity_log_alert|google_monitoring_alert_policy|datadog_monitor|newrelic_alert_condition|newrelic_nrql_alert_condition|grafana_rule_group|databricks_alert|databricks_sql_alert|opsgenie_alert_policy)"/,
  },
  { tool: 'CloudWatch alarm (CloudFormation)', capability: 'infra-alerting', files: CLOUDFORMATION, line: /^\s*"?Type"?\s*:\s*["']?AWS::CloudWatch::(Alarm|CompositeAlarm)\b/ },
  { tool: 'Azure Monitor alert (Bicep)', capability: 'infra-alerting', files: BICEP, line: /^\s*resource\s+\S+\s+'Microsoft\.Insights\/(metricAlerts|scheduledQueryRules|activityLogAlerts)@/i },
  { tool: 'Alert in IaC code', capability: 'infra-alerting', files: IAC_CODE, line: /\b(cloudwatch\.(Metric|Composite)?Alarm|aws\.cloudwatch\.MetricAlarm|insights\.MetricAlert|monitoring\.AlertPolicy|datadog\.Monitor)\s*\(/ },
  // https://prometheus-operator.dev/docs/developer/alerting/
  { tool: 'PrometheusRule', capability: 'infra-alerting', files: YAML, line: /^\s*-?\s*alert\s*:\s*\S/, fileAlso: /^kind:\s*PrometheusRule\b/m },
  // https://prometheus.io/docs/prometheus/latest/configuration/alerting_rules/
  { tool: 'Prometheus alerting rules', capability: 'infra-alerting', files: YAML, line: /^\s*-?\s*alert\s*:\s*\S/, fileAlso: /^groups\s*:[\s\S]*\bexpr\s*:/m },
  // https://prometheus.io/docs/alerting/latest/configuration/
  { tool: 'Alertmanager', capability: 'infra-alerting', files: ['**/alertmanager*.{yml,yaml}'], line: /^\s*(route|receivers)\s*:/ },
  { tool: 'Alertmanager', capability: 'infra-alerting', files: YAML, line: /^kind:\s*AlertmanagerConfig\b/ },
  // https://grafana.com/docs/grafana/latest/alerting/set-up/provision-alerting-resources/file-provisioning/
  { tool: 'Grafana alert provisioning', capability: 'infra-alerting', files: YAML, line: /^\s*-?\s*condition\s*:\s*\S/, fileAlso: /^groups\s*:[\s\S]*\bfolder\s*:[\s\S]*\brules\s*:/m },
  // Databricks asset bundles: SQL alerts and job health rules (https://docs.databricks.com/dev-tools/bundles/resources.html)
  { tool: 'Databricks alert', capability: 'infra-alerting', files: YAML, line: /^\s{2,}alerts\s*:\s*$/, fileAlso: /^resources\s*:/m },
  { tool: 'Databricks job health rule', capability: 'infra-alerting', files: [...YAML, '**/*.json'], line: /^\s*-?\s*"?metric"?\s*:\s*"?(RUN_DURATION_SECONDS|STREAMING_BACKLOG_\w+)\b/ },
];

/**
 * Metric namespaces of model-quality monitoring: an alarm on them watches the model (drift, accuracy),
 * not the infrastructure's health. https://docs.aws.amazon.com/sagemaker/latest/dg/model-monitor-interpreting-cloudwatch.html
 */
export const MODEL_QUALITY_NAMESPACE = /aws\/sagemaker\/Endpoints\/(data|model)-metrics|aws\/sagemaker\/ModelMonitoring|model[-_ ]?(quality|monitor)|drift/i;
export const CFN_ALARM = /^(\s*)"?Type"?\s*:\s*["']?AWS::CloudWatch::(Alarm|CompositeAlarm)\b/;
export const NAMESPACE = /^\s*"?Namespace"?\s*:\s*["']?([^"',\s]+)/;
/** How far below its `Type:` line an alarm's properties are read. */
export const ALARM_LINES = 40;

