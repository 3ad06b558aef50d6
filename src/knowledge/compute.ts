import { CLOUDFORMATION, YAML, type FileProbe } from './file-probe.js';

/**
 * Compute declared for a managed ML platform's jobs and deployments, in versioned config or code: the
 * platform records that compute with every run and deployment (criterion 23). Knowledge as data: a new
 * platform is one probe here.
 */
export const PLATFORM_COMPUTE_PROBES: readonly FileProbe[] = [
  // https://learn.microsoft.com/azure/machine-learning/reference-yaml-job-command (compute: azureml:<name>)
  { tool: 'Azure ML job compute', capability: 'declared-compute', files: YAML, line: /^\s*(default_)?compute\s*:\s*["']?azureml:/ },
  // https://learn.microsoft.com/azure/machine-learning/reference-yaml-deployment-managed-online
  { tool: 'Azure ML deployment instance type', capability: 'declared-compute', files: YAML, line: /^\s*instance_type\s*:\s*["']?Standard_/, fileAlso: /azureml/i },
  // https://learn.microsoft.com/python/api/azureml-core/azureml.core.compute.amlcompute.amlcompute#azureml-core-compute-amlcompute-amlcompute-provisioning-configuration
  { tool: 'Azure ML compute cluster (SDK v1)', capability: 'declared-compute', files: ['**/*.py'], line: /\bAmlCompute\.provisioning_configuration\(/ },
  // https://sagemaker.readthedocs.io/en/stable/api/training/estimators.html (instance_type="ml.m5.xlarge")
  { tool: 'SageMaker instance type', capability: 'declared-compute', files: ['**/*.py'], line: /\binstance_type\s*=/, fileAlso: /\bsagemaker\b/ },
  { tool: 'SageMaker instance type', capability: 'declared-compute', files: CLOUDFORMATION, line: /^\s*"?InstanceType"?\s*:\s*["']?ml\./, fileAlso: /AWS::SageMaker::/ },
  // https://cloud.google.com/vertex-ai/docs/training/configure-compute (machine_type / machineSpec)
  { tool: 'Vertex AI machine type', capability: 'declared-compute', files: ['**/*.py'], line: /\bmachine_type\s*=|["']machine_?[tT]ype["']\s*:/, fileAlso: /\b(aiplatform|google_cloud_pipeline_components)\b/ },
];
