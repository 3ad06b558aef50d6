/** The ML steps criterion 32 asks tests for. */
export type MlStep = 'data-processing' | 'training' | 'api';

export const ML_STEPS: readonly MlStep[] = ['data-processing', 'training', 'api'];

/** How a step is said in rationales. */
export const STEP_LABEL: Readonly<Record<MlStep, string>> = {
  'data-processing': 'data processing',
  training: 'training',
  api: 'the API',
};

/** `js-globals`: describe/it/test used as globals (Jest, Mocha or Jasmine configured outside the file). */
export type TestFramework = 'pytest' | 'unittest' | 'vitest' | 'jest' | 'mocha' | 'node:test' | 'js-globals';

/**
 * Why a test file counts for a step: it calls a library of the step itself (`call`), or imports the
 * project's own module of that step (`project-module`, judged by what the module does or, failing
 * that, by its name: `name`).
 */
export type StepVia = 'call' | 'project-module' | 'name';

export interface StepEvidence {
  readonly step: MlStep;
  readonly line: number;
  readonly note: string;
  readonly via: StepVia;
}

export interface TestFile {
  readonly file: string;
  readonly framework: TestFramework;
  /** Line of the first test (or fixture) definition, for evidence of a file that exercises no step. */
  readonly line: number;
  /** ML steps the file exercises, from what it imports and calls, each with the line that shows it. */
  readonly steps: readonly StepEvidence[];
}

export interface ProjectStep {
  readonly step: MlStep;
  readonly file: string;
  readonly line: number | null;
  readonly note: string;
}

export interface TestFacts {
  /** Test files holding at least one test or fixture (an evaluation script named test.py is not one). */
  readonly files: readonly TestFile[];
  /** Steps the project itself has (data processing code, training code, serving code), first evidence per file. */
  readonly projectSteps: readonly ProjectStep[];
  /**
   * Files named like tests that define no test (helpers, empty `__init__.py`, scripts under tests/),
   * for hints.
   */
  readonly namedOnly: readonly string[];
  readonly lookedAt: readonly string[];
}
