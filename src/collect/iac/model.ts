/** Infrastructure-as-code found in the repository. */
export type IacTool =
  | 'terraform'
  | 'opentofu'
  | 'pulumi'
  | 'aws-cdk'
  | 'cloudformation'
  | 'bicep'
  | 'arm'
  | 'kubernetes'
  | 'helm'
  | 'kustomize'
  | 'databricks-bundle'
  | 'ansible'
  | 'crossplane';

export interface IacFile {
  readonly file: string;
  readonly tool: IacTool;
  /** Line of the first construct that proves the file is IaC (a resource block, `apiVersion:` ...). */
  readonly line: number | null;
  readonly note: string;
}

/** Whether an environment name means production, something before production, or cannot be told. */
export type EnvironmentStage = 'production' | 'pre-production' | 'unknown';

/** An environment the IaC (or deployment config) defines: a tfvars file, a bundle target, an overlay. */
export interface IacEnvironment {
  readonly name: string;
  readonly file: string;
  readonly line: number | null;
  /** How it is defined, e.g. "terraform env folder", "bundle target", "kustomize overlay". */
  readonly via: string;
  readonly stage: EnvironmentStage;
  /**
   * The one definition this environment parameterises (a Terraform root or shared module, a bundle file,
   * a kustomize app, a chart, a Pulumi project); environments with the same value are variants of one
   * definition. Null when the environment is its own copy of the infrastructure.
   */
  readonly definition: string | null;
}

/** A platform job/cluster config that is not IaC in the spec's list (Anyscale, bare SageMaker/Vertex jobs). */
export interface PlatformConfig {
  readonly file: string;
  readonly line: number | null;
  readonly note: string;
  /** e.g. "Anyscale", "Ray cluster launcher", "SageMaker", "Vertex AI". */
  readonly platform: string;
}

export interface IacFacts {
  readonly files: readonly IacFile[];
  readonly tools: readonly IacTool[];
  readonly environments: readonly IacEnvironment[];
  /** Platform configs that look like infrastructure but are not IaC in the spec's list (Anyscale ...). */
  readonly platformConfigs: readonly PlatformConfig[];
  readonly lookedAt: readonly string[];
  /**
   * Files present in the git work tree but not tracked whose names say IaC (`*.tf`, `Chart.yaml` ...).
   * Judged by name only: untracked files are not in the index, so their content is never read.
   * Optional so facts written by hand (other rules' tests) stay valid; absent means none.
   */
  readonly untrackedFiles?: readonly string[];
  /**
   * False when the target is not inside a git work tree (then every file was listed, tracked or not).
   * Absent (facts written by hand) means a git work tree.
   */
  readonly inGitWorkTree?: boolean;
}
