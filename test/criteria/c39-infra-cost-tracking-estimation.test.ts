import { describe, expect, it } from 'vitest';
import { costAllocationTags, costAllocationTagsInCode } from '../../src/evidence/operations.js';
import { fakeTexts as texts } from '../helpers/fake-texts.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(39, [
  { fixture: 'ops-terraform-budget-alarms', answer: 'yes', confidence: 'high', evidence: ['infra/main.tf'], rationale: /Budget in Terraform/ },
  { fixture: 'ops-tags-only', answer: 'yes', confidence: 'medium', evidence: ['infra/main.tf'], rationale: /cost-allocation tags/ },
  { fixture: 'ci-terraform-no-pipeline', answer: 'no' },
  { fixture: 'minimal-python', answer: 'no' },
  { fixture: 'ops-cost-docs-drift-alarm', answer: 'yes', confidence: 'medium', evidence: ['README.md'], rationale: /documentation section estimates running costs/ },
]);

describe('cost-allocation tags', () => {
  it('finds a cost key inside a tag map, inline or on its own line', () => {
    const found = costAllocationTags(texts({
      'a.tf': 'resource "aws_s3_bucket" "b" {\n  tags = { CostCenter = "ml" }\n}\n',
      'b.tf': 'locals {\n  common_tags = {\n    Owner   = "ds"\n    Project = "churn"\n  }\n}\n',
      'stack.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Bucket:\n    Properties:\n      Tags:\n        - Key: CostCenter\n          Value: ml\n',
    }));
    expect(found.map((e) => [e.file, e.line])).toEqual([['a.tf', 2], ['b.tf', 4], ['stack.yaml', 6]]);
  });
  it('ignores the GCP provider project argument and tags without cost keys', () => {
    const found = costAllocationTags(texts({
      'main.tf': 'provider "google" {\n  project = var.project\n}\nresource "x" "y" {\n  labels = {\n    team = "ds"\n  }\n  project = "p"\n}\n',
      'app.yaml': 'name: app\ntags:\n  project: churn\n',
    }));
    expect(found).toEqual([]);
  });
  it('finds cost-allocation tags set from Python, not other tag keys', () => {
    const found = costAllocationTagsInCode(texts({
      'deploy.py': 'def config(name):\n    return {\n        "Tags": {\n            "mlops:stage": "dev",\n            "CostCenter": "ml-platform",\n        },\n    }\n',
      'other.py': 'TAGS = {"Owner": "ds"}\nclient.create_stack(Tags=[{"Key": "Owner", "Value": "ds"}])\n',
    }));
    expect(found.map((e) => [e.file, e.line])).toEqual([['deploy.py', 5]]);
  });
});
