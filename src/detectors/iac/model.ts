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

/** An environment the IaC (or deployment config) defines: a tfvars file, a bundle target, an overlay. */
export interface IacEnvironment {
  readonly name: string;
  readonly file: string;
  readonly line: number | null;
  /** How it is defined, e.g. "terraform env folder", "bundle target", "kustomize overlay". */
  readonly via: string;
}

export interface IacFacts {
  readonly files: readonly IacFile[];
  readonly tools: readonly IacTool[];
  readonly environments: readonly IacEnvironment[];
  /** Platform configs that look like infrastructure but are not IaC in the spec's list (Anyscale ...). */
  readonly platformConfigs: readonly IacFile[];
  readonly lookedAt: readonly string[];
}
