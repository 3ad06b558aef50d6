import { describe, expect, it } from 'vitest';
import { cloudFormationAlarms } from '../../src/evidence/operations.js';
import { fakeTexts as texts } from '../helpers/fake-texts.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(40, [
  { fixture: 'ops-terraform-budget-alarms', answer: 'yes', confidence: 'high', evidence: ['infra/main.tf'], rationale: /Alert in Terraform/ },
  { fixture: 'ops-prometheus-rules', answer: 'yes', evidence: ['monitoring/rules.yaml'], rationale: /PrometheusRule/ },
  { fixture: 'ops-tags-only', answer: 'no' },
  { fixture: 'minimal-python', answer: 'no' },
  // The endpoint-error alarm is shown before the drift alarm, which watches the model rather than the infrastructure.
  { fixture: 'ops-cost-docs-drift-alarm', answer: 'yes', evidence: ['infra/monitoring.yml'] },
]);

describe('CloudWatch alarms', () => {
  it('tells an alarm on the infrastructure from one on model drift', () => {
    const template = 'Resources:\n  Drift:\n    Type: AWS::CloudWatch::Alarm\n    Properties:\n      Namespace: aws/sagemaker/Endpoints/data-metrics\n  Errors:\n    Type: AWS::CloudWatch::Alarm\n    Properties:\n      Namespace: AWS/Lambda\n';
    expect(cloudFormationAlarms(texts({ 'alarms.yml': template })).map((a) => [a.line, a.health])).toEqual([[3, false], [7, true]]);
  });
});
