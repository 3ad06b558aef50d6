/**
 * Which files each infrastructure-as-code tool owns: the one place that knows file names and the text
 * that proves a file belongs to a tool. Finders in this folder read these; rules never see them.
 */

/** https://developer.hashicorp.com/terraform/language/files — https://opentofu.org/docs/language/files/ */
export const TERRAFORM = {
  sources: ['**/*.tf'],
  tofuSources: ['**/*.tofu'],
  // https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files
  varFiles: ['**/*.tfvars', '**/*.tfvars.json'],
  /** A top-level block that creates or configures infrastructure (variables alone do not). */
  block: /^(resource|module|provider|terraform|data)\s*("[^"]*"\s*)*\{/,
  /** https://developer.hashicorp.com/terraform/language/state/workspaces#current-workspace-interpolation */
  workspace: /\bterraform\.workspace\b/,
  localModuleSource: /^\s*source\s*=\s*"(\.{1,2}\/[^"]+)"/,
} as const;

/** https://www.pulumi.com/docs/iac/concepts/projects/project-file/ and .../stacks/ (Pulumi.<stack>.yaml) */
export const PULUMI = {
  project: /^Pulumi\.ya?ml$/,
  stack: /^Pulumi\.(.+)\.ya?ml$/,
} as const;

/** https://docs.aws.amazon.com/cdk/v2/guide/projects.html (cdk.json names the app to synthesize) */
export const AWS_CDK = {
  config: ['**/cdk.json'],
  app: /"app"\s*:/,
} as const;

/**
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-anatomy.html and SAM's transform
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification.html
 * Matched on text: CloudFormation's short tags (!Ref, !Sub) are not plain YAML.
 */
export const CLOUDFORMATION = {
  candidates: ['**/*.{yaml,yml,json,template}'],
  formatVersion: /^\s*"?AWSTemplateFormatVersion"?\s*:/m,
  samTransform: /^\s*"?Transform"?\s*:\s*\[?\s*["']?AWS::Serverless/m,
  resources: /^("Resources"|Resources)\s*:|^\s+"Resources"\s*:/m,
  awsType: /^\s*"?Type"?\s*:\s*["']?AWS::[A-Za-z0-9]+::/m,
  // https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-sam-cli-config.html
  samConfig: ['**/samconfig.toml', '**/samconfig.{yaml,yml}'],
} as const;

/** https://learn.microsoft.com/azure/azure-resource-manager/bicep/file and .../parameter-files (.bicepparam) */
export const BICEP = {
  sources: ['**/*.bicep'],
  paramFiles: ['**/*.bicepparam'],
  construct: /^(resource|module|targetScope|param|var|output)\b/,
  using: /^using\s+'([^']+)'/,
} as const;

/** https://learn.microsoft.com/azure/azure-resource-manager/templates/syntax (and parameter-files) */
export const ARM = {
  candidates: ['**/*.json'],
  template: /"\$schema"\s*:\s*"[^"]*deploymentTemplate\.json/,
  parameters: /"\$schema"\s*:\s*"[^"]*deploymentParameters\.json/,
} as const;

/** https://kubernetes.io/docs/concepts/overview/working-with-objects/ (every object has apiVersion and kind) */
export const KUBERNETES = {
  candidates: ['**/*.{yaml,yml}'],
  apiVersion: /^(\s*-\s*)?apiVersion\s*:/m,
  kind: /^(\s*-\s*)?kind\s*:/m,
  /** The same objects written as JSON (`kubectl apply -f x.json` reads them alike; Seldon's examples). */
  jsonCandidates: ['**/*.json'],
  jsonApiVersion: /"apiVersion"\s*:/,
  jsonKind: /"kind"\s*:/,
  /** https://docs.crossplane.io/latest/concepts/ — Crossplane's own API groups end in crossplane.io */
  crossplaneGroup: /(^|\.)crossplane\.io\//,
} as const;

/** https://helm.sh/docs/topics/charts/ — values files per environment are a convention, not a Helm name. */
export const HELM = {
  chart: /^Chart\.ya?ml$/,
  envValues: [/^values[-._](.+)\.ya?ml$/i, /^(.+)[-._]values\.ya?ml$/i],
  valuesFolder: 'values',
} as const;

/** https://kubectl.docs.kubernetes.io/references/kustomize/glossary/#kustomization (and #overlay) */
export const KUSTOMIZE = {
  file: /^(kustomization\.ya?ml|Kustomization)$/,
  overlaysFolder: 'overlays',
} as const;

/** https://docs.databricks.com/aws/en/dev-tools/bundles/settings (targets; `environments` is the old name) */
export const DATABRICKS_BUNDLE = {
  config: /^databricks\.ya?ml$/,
  targetKeys: ['targets', 'environments'],
} as const;

/** https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_intro.html and .../roles */
export const ANSIBLE = {
  config: ['**/ansible.cfg'],
  roleTasks: ['**/roles/*/tasks/main.{yml,yaml}'],
  candidates: ['**/*.{yaml,yml}'],
  hosts: /^\s*(-\s+)?hosts\s*:/m,
  playKeys: ['tasks', 'roles', 'pre_tasks', 'post_tasks', 'handlers', 'import_playbook', 'gather_facts'],
} as const;

/**
 * YAML files that have `apiVersion`/`kind`/`hosts` for other reasons (pipelines, compose, GitHub config)
 * and are never infrastructure manifests. Helm templates are excluded separately: they belong to a chart.
 */
export const NOT_MANIFESTS: readonly string[] = [
  '.github/**',
  '**/.gitlab-ci.yml',
  '**/.gitlab/**',
  '**/azure-pipelines*.{yml,yaml}',
  '**/.azure-pipelines/**',
  '**/.circleci/**',
  '**/bitbucket-pipelines.yml',
  '**/docker-compose*.{yml,yaml}',
  '**/compose*.{yml,yaml}',
  '**/.pre-commit-config.yaml',
  '**/mkdocs.yml',
];

/** Folders whose children are environments: envs/dev, environments/prod, live/staging. */
export const ENVIRONMENT_CONTAINERS: ReadonlySet<string> = new Set(['envs', 'environments', 'env', 'live', 'stages']);

/** Names that say IaC without reading the file: used for untracked files, whose content is not indexed. */
export const IAC_FILE_NAMES: readonly string[] = [
  '**/*.tf',
  '**/*.tofu',
  '**/*.tfvars',
  '**/*.bicep',
  '**/*.bicepparam',
  '**/Pulumi.yaml',
  '**/Pulumi.yml',
  '**/cdk.json',
  '**/samconfig.toml',
  '**/Chart.yaml',
  '**/kustomization.{yaml,yml}',
  '**/databricks.{yml,yaml}',
  '**/ansible.cfg',
];

/** Where the detector looked, said in every `no` answer. */
export const LOOKED_AT: readonly string[] = [
  '*.tf / *.tofu / *.tfvars (Terraform, OpenTofu)',
  'Pulumi.yaml + Pulumi.<stack>.yaml',
  'cdk.json (AWS CDK)',
  'YAML/JSON templates with AWSTemplateFormatVersion or AWS:: resource types (CloudFormation, SAM), samconfig.toml',
  '*.bicep / *.bicepparam, ARM deploymentTemplate JSON',
  'YAML or JSON with apiVersion and kind (Kubernetes, Crossplane)',
  'Chart.yaml (Helm), kustomization.yaml (Kustomize)',
  'databricks.yml with bundle: (Databricks asset bundles)',
  'ansible.cfg, playbooks, roles/*/tasks/main.yml (Ansible)',
];

/**
 * Job and cluster configs of platforms the spec does not list as IaC: they make criterion 9 a question
 * for a person (spec Clarifications). A file matches when every pattern in `all` is found in its text.
 */
export interface PlatformMarker {
  readonly platform: string;
  readonly globs: readonly string[];
  readonly all: readonly RegExp[];
  readonly note: string;
}

export const PLATFORM_MARKERS: readonly PlatformMarker[] = [
  // https://docs.anyscale.com/configuration/compute-configuration (head_node / worker_nodes with a cloud)
  {
    platform: 'Anyscale',
    globs: ['**/*.{yaml,yml}'],
    all: [/^cloud\s*:/m, /^(head_node|head_node_type)\s*:/m, /^(worker_nodes|worker_node_types)\s*:/m],
    note: 'Anyscale compute config',
  },
  // https://docs.anyscale.com/reference/job-api (entrypoint run on a compute config)
  {
    platform: 'Anyscale',
    globs: ['**/*.{yaml,yml}'],
    all: [/^entrypoint\s*:/m, /^(compute_config|cluster_env|image_uri)\s*:/m],
    note: 'Anyscale job config',
  },
  // https://docs.ray.io/en/latest/cluster/vms/references/ray-cluster-configuration.html
  {
    platform: 'Ray cluster launcher',
    globs: ['**/*.{yaml,yml}'],
    all: [/^cluster_name\s*:/m, /^provider\s*:/m, /^(available_node_types|head_node_type)\s*:/m],
    note: 'Ray cluster launcher config',
  },
  // https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTrainingJob.html
  {
    platform: 'SageMaker',
    globs: ['**/*.json'],
    all: [/"AlgorithmSpecification"\s*:/, /"ResourceConfig"\s*:/],
    note: 'SageMaker training job definition',
  },
  // https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTransformJob.html
  {
    platform: 'SageMaker',
    globs: ['**/*.json'],
    all: [/"TransformResources"\s*:/, /"ModelName"\s*:/],
    note: 'SageMaker batch transform job definition',
  },
  // https://cloud.google.com/vertex-ai/docs/reference/rest/v1/CustomJobSpec
  {
    platform: 'Vertex AI',
    globs: ['**/*.{json,yaml,yml}'],
    all: [/\b(workerPoolSpecs|worker_pool_specs)\b/, /\b(machineSpec|machine_spec)\b/],
    note: 'Vertex AI custom job spec',
  },
  // https://learn.microsoft.com/azure/machine-learning/reference-yaml-overview
  {
    platform: 'Azure Machine Learning',
    globs: ['**/*.{yaml,yml}'],
    all: [/^\$schema\s*:\s*https:\/\/azuremlschemas\.azureedge\.net\//m],
    note: 'Azure ML YAML (job, compute or endpoint)',
  },
];

/** Where environments were looked for, said when criterion 14 finds fewer than two. */
export const ENVIRONMENT_SOURCES: readonly string[] = [
  'env folders (envs/<env>, environments/<env>, live/<env>, <iac>/<env>)',
  '*.tfvars per environment and terraform.workspace names',
  'Pulumi.<stack>.yaml stacks',
  'samconfig environments',
  '*.bicepparam / ARM parameter files per environment',
  'kustomize overlays/<env>',
  'Helm values-<env>.yaml',
  'Databricks bundle targets',
  'CI deployment environments (environment:)',
];
