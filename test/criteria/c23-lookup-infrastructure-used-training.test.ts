import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(23, [
  { fixture: 'minimal-python', answer: 'unanswered', rationale: /a person who knows the project must answer/ },
  // A bundle's cluster configuration names compute, not the infrastructure a given model was trained on.
  { fixture: 'iac-databricks-bundle', answer: 'unanswered', rationale: /a person who knows the project must answer/ },
  // Terraform for the cluster, and the Azure ML pipeline job declares the compute it runs on.
  {
    fixture: 'lookup-compute-azureml-iac',
    answer: 'yes',
    confidence: 'medium',
    evidence: ['infra/main.tf', 'mlops/train/pipeline.yml'],
    rationale: /declare the compute they run on/,
  },
  // A SageMaker instance type but no infrastructure as code: a person says where the infrastructure is kept.
  { fixture: 'lookup-compute-no-iac', answer: 'unanswered', evidence: ['pipeline.py'], rationale: /a person who knows the project must answer/ },
]);
