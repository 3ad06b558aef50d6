import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(9, [
  { fixture: 'iac-terraform-env-folders', answer: 'yes', confidence: 'high', evidence: ['infra/modules/scoring/main.tf'], rationale: /Terraform/ },
  { fixture: 'iac-pulumi-stacks', answer: 'yes', evidence: ['Pulumi.yaml'] },
  { fixture: 'iac-aws-cdk-sam', answer: 'yes', evidence: ['cdk/cdk.json', 'sam/template.yaml'], rationale: /AWS CDK, CloudFormation\/SAM/ },
  { fixture: 'iac-azure-bicep', answer: 'yes', evidence: ['infra/main.bicep', 'arm/storage.json'] },
  {
    fixture: 'iac-kubernetes-kustomize',
    answer: 'yes',
    evidence: ['crossplane/model-bucket.yaml', 'k8s/base/deployment.yaml', 'k8s/base/kustomization.yaml'],
  },
  { fixture: 'iac-helm-chart', answer: 'yes', evidence: ['charts/ranker/Chart.yaml'] },
  { fixture: 'iac-databricks-bundle', answer: 'yes', evidence: ['databricks.yml'] },
  { fixture: 'iac-ansible-gpu-hosts', answer: 'yes', evidence: ['ansible.cfg', 'roles/cuda/tasks/main.yml'], rationale: /Ansible \(3 file/ },
  { fixture: 'iac-anyscale-cluster-only', answer: 'unanswered', evidence: ['anyscale/compute.yaml'], rationale: /Anyscale/ },
  { fixture: 'iac-none-notebook-project', answer: 'no', confidence: 'high' },
]);
