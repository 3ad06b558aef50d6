import type { CiReader } from '../context.js';
import type { CiSystem } from '../model.js';

/**
 * One CI/CD system, everything the scanner knows about it in one object: its folder
 * (`systems/<id>/index.ts`) holds this definition and its reader (`read.ts`) side by side.
 */
export interface CiSystemDefinition<Id extends CiSystem = CiSystem> {
  /** The folder's name, and the `system` of every pipeline and step the reader returns. */
  readonly id: Id;
  readonly name: string;
  readonly docs: string;
  /** Where its pipelines are defined, as the report's "looked at" shows it. */
  readonly lookedAt: readonly string[];
  /**
   * Regular-expression sources of the variables (or expressions) that carry the commit being built: a
   * training step given one records the code version with the model (criterion 22).
   */
  readonly commitVariables: readonly string[];
  /**
   * Regular-expression sources of the variables that carry the CI run's own id or number: a platform run
   * named or tagged with one leads back to the CI run, and so to its commit (criterion 22, `medium`).
   */
  readonly runIdVariables: readonly string[];
  /**
   * How a packaged step is written (`uses:`, `task:`, `orb:`, `pipe:`, `action:`) and how its version is
   * attached to its name (`actions/checkout@v4`, `atlassian/aws-ecs-deploy:1.12.0`); null where the
   * system has only shell steps.
   */
  readonly packagedSteps: { readonly keyword: string; readonly version: RegExp | null } | null;
  /** Reads its pipelines, jobs, triggers and steps. */
  readonly reader: CiReader;
}
