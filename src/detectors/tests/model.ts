/** The ML steps criterion 32 asks tests for. */
export type MlStep = 'data-processing' | 'training' | 'api';

export interface TestFile {
  readonly file: string;
  readonly framework: string;
  /** ML steps the file exercises, from what it imports and calls, each with the line that shows it. */
  readonly steps: readonly { readonly step: MlStep; readonly line: number; readonly note: string }[];
}

export interface TestFacts {
  readonly files: readonly TestFile[];
  /** Steps the project itself has (data processing code, training code, serving code), with evidence. */
  readonly projectSteps: readonly { readonly step: MlStep; readonly file: string; readonly line: number }[];
  readonly lookedAt: readonly string[];
}
