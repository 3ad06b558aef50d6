/**
 * Evidence that lives in a non-code file (a Kubernetes manifest, Terraform, a bundle, a CI workflow, a
 * Dockerfile, a JMeter plan): a line pattern in files matching globs. Knowledge as data, beside
 * `ToolSignature` for code. Comment lines never count.
 */
export interface FileProbe {
  readonly tool: string;
  /** What a match proves; rules select probes by capability, as with `ToolSignature`. */
  readonly capability: string;
  /** picomatch globs of the files worth reading. */
  readonly files: readonly string[];
  /** A (non-comment) line matching this proves use; null when the file's presence alone proves it. */
  readonly line: RegExp | null;
  /**
   * The file must also contain this (each of these) outside comments, e.g. `kind: InferenceService` for
   * a `logger:` line. A list, not one regex with lookaheads: those rescan the file from every position.
   */
  readonly fileAlso?: RegExp | readonly RegExp[];
  /** At least this many matching lines (two production variants make a traffic split). */
  readonly minLines?: number;
}

/** Globs shared by several areas' probes. */
export const YAML = ['**/*.yml', '**/*.yaml'] as const;
export const TERRAFORM = ['**/*.tf', '**/*.tf.json'] as const;
export const CLOUDFORMATION = ['**/*.yml', '**/*.yaml', '**/*.json', '**/*.template'] as const;
export const KUBERNETES = ['**/*.yml', '**/*.yaml'] as const;
/** Files that start processes: where a serving or load-test command would be written. */
export const COMMAND_FILES = [
  '**/Dockerfile',
  '**/Dockerfile.*',
  '**/*.dockerfile',
  '**/*.sh',
  '**/Makefile',
  '**/Procfile',
  '**/docker-compose*.yml',
  '**/docker-compose*.yaml',
  '**/compose*.yml',
  '**/compose*.yaml',
  '**/justfile',
  '**/tox.ini',
] as const;
