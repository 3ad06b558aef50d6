/** CI/CD pipelines of every supported system normalised to one model. */

/**
 * The CI/CD systems read, one folder each in `systems/`. The registry (`systems/registry.ts`) is typed by
 * this union, so an id without its folder's definition does not compile. It is written out rather than
 * derived from the registry because every reader imports this model: deriving it would be an import cycle.
 */
export type CiSystem =
  | 'github-actions'
  | 'gitlab-ci'
  | 'azure-pipelines'
  | 'jenkins'
  | 'circleci'
  | 'bitbucket-pipelines'
  | 'codepipeline'
  | 'cloud-build'
  | 'drone';

/**
 * What starts a pipeline. `line` is in the pipeline's file unless `file` says otherwise (a GitLab rule
 * written in an included file or a template the job extends).
 */
export type CiTrigger = (
  | { readonly kind: 'pull_request'; readonly branches: readonly string[] | null; readonly line: number | null }
  | { readonly kind: 'push'; readonly branches: readonly string[] | null; readonly line: number | null }
  | { readonly kind: 'tag'; readonly patterns: readonly string[] | null; readonly line: number | null }
  | { readonly kind: 'schedule'; readonly cron: string | null; readonly line: number | null }
  | { readonly kind: 'manual'; readonly line: number | null }
  /** Started by another pipeline or event (workflow_run, pipeline resources, repository_dispatch). */
  | { readonly kind: 'other'; readonly event: string; readonly line: number | null }
) & { readonly file?: string };

/** Where a step is written, and the pipeline command it was reached through. */
interface StepBase {
  /** The CI system whose pipeline runs the step (a followed script's lines run in the caller's system). */
  readonly system: CiSystem;
  /** File the step is written in (a reusable workflow, composite action or followed script may differ from the pipeline). */
  readonly file: string;
  readonly line: number | null;
  /**
   * Set when the step was found by following a pipeline command into the repository (a `make` target's
   * recipe, a script, a submitted job's entrypoint): the pipeline command it came from.
   */
  readonly via?: { readonly run: string; readonly file: string; readonly line: number | null };
}

/** One shell command line (backslash continuations joined). */
export interface RunStep extends StepBase {
  readonly kind: 'run';
  readonly run: string;
}

/**
 * A packaged step run by reference: a GitHub action or reusable workflow (`pulumi/actions@v5`), an Azure
 * task (`TerraformCLI@0`), a CircleCI orb command (`aws-ecr/build-and-push-image`), a Bitbucket pipe
 * (`atlassian/aws-ecs-deploy:1.12.0`) or a CodePipeline action (`Deploy/CloudFormation`: category/provider).
 */
export interface UsesStep extends StepBase {
  readonly kind: 'uses';
  /** The reference as written, version included. */
  readonly uses: string;
  /** Its scalar inputs (`with:`, `inputs:`, orb parameters, pipe variables, action configuration), in written order. */
  readonly inputs: Readonly<Record<string, string>>;
}

export type CiStep = RunStep | UsesStep;

export interface CiJob {
  readonly name: string;
  readonly file: string;
  readonly line: number | null;
  readonly steps: readonly CiStep[];
  /** Deployment environment the job targets (`environment:` in GHA/GitLab, Azure deployment jobs). */
  readonly environment: string | null;
  /**
   * When the job runs on only some of its pipeline's triggers (GitLab `rules:`, a Jenkins stage's
   * `when`, a CircleCI job's filters, a GitHub job's `if: github.event_name == ...`), those triggers.
   * Absent: the job runs on every trigger of its pipeline. Read it through `jobTriggers`.
   */
  readonly triggers?: readonly CiTrigger[];
}

export interface CiPipeline {
  readonly system: CiSystem;
  readonly file: string;
  readonly name: string;
  readonly triggers: readonly CiTrigger[];
  readonly jobs: readonly CiJob[];
}

/** One CODEOWNERS line: a path pattern and how many owners it names (0 removes ownership). */
export interface CodeOwnersEntry {
  readonly file: string;
  readonly line: number;
  readonly pattern: string;
  readonly owners: number;
}

/** A review requirement kept as code: branch protection, a ruleset or an approval rule requiring approvals. */
export interface ReviewRule {
  readonly file: string;
  readonly line: number | null;
  readonly note: string;
}

/** What the repository says about reviewing changes before merge (criteria 30 and 34). */
export interface ReviewGates {
  readonly codeOwners: readonly CodeOwnersEntry[];
  readonly rules: readonly ReviewRule[];
  readonly lookedAt: readonly string[];
}

export interface CiFacts {
  readonly pipelines: readonly CiPipeline[];
  /** Paths and globs where pipeline definitions were looked for (for `no` answers). */
  readonly lookedAt: readonly string[];
  /** Review gates kept as code; optional so facts written by hand stay valid (absent: none found). */
  readonly reviewGates?: ReviewGates;
}
