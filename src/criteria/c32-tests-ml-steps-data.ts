import { ML_STEPS, STEP_LABEL, type MlStep, type StepEvidence, type TestFacts } from '../evidence/tests/model.js';
import type { Rule } from './rule.js';
import { evidence, no, nonEmpty, unanswered, yes, type Evidence } from '../model/answer.js';

export const rule: Rule = {
  id: 32,
  kind: 'detects',
  answers: ['yes', 'no', 'unanswered'],
  looksFor:
    'test files (pytest/unittest, Jest/Vitest/Mocha) that exercise each ML step the project has: data processing (pandas/Spark/pandera calls or the project\'s data modules), training (fit/Trainer calls or the training modules), the API (a test client against the app)',
  toYes: 'Add tests for every step the project has: data processing, training and, when it serves a model, the API (e.g. FastAPI TestClient).',
  async answer({ facts }) {
    const tests = await facts.tests();
    const lookedAt = nonEmpty(tests.lookedAt) ?? ['test files'];
    if (tests.files.length === 0) {
      return no('No test files with tests were found.', lookedAt, { hints: namedOnlyHints(tests) });
    }
    const covered = coverage(tests);
    // A step a test covers is a step the project has, even when its code was not recognised.
    const needed = ML_STEPS.filter((step) => covered.has(step) || tests.projectSteps.some((p) => p.step === step));
    const coveredEvidence = nonEmpty([...covered.values()].map((c) => c.evidence));
    if (!coveredEvidence) {
      const sample = tests.files.slice(0, 5).map((f) => evidence(f.file, f.line, `${f.framework} test exercising no ML step`));
      return no(`${tests.files.length} test file(s) exist, but none exercises data processing, training or an API.`, lookedAt, {
        evidence: sample,
        hints: ['Tests of helpers or template rendering do not test an ML step.'],
      });
    }
    const missing = needed.filter((step) => !covered.has(step));
    const names = (steps: readonly MlStep[]): string => steps.map((s) => STEP_LABEL[s]).join(', ');
    if (missing.length === 0) {
      const byName = [...covered.values()].some((c) => c.byName);
      return yes(`Tests cover every step the project has: ${names(needed)}.`, coveredEvidence, {
        confidence: byName ? 'medium' : 'high',
        hints: byName ? ['Some steps are covered only by tests importing a module named after the step; confirm they test it.'] : [],
      });
    }
    const untested = missing.flatMap((step) => {
      const where = tests.projectSteps.find((p) => p.step === step);
      return where ? [evidence(where.file, where.line, `untested ${STEP_LABEL[step]} code: ${where.note}`)] : [];
    });
    return unanswered(`Tests cover ${names([...covered.keys()])} but not ${names(missing)}.`, {
      evidence: [...coveredEvidence, ...untested],
      hints: missing.map((step) => `Add tests for ${STEP_LABEL[step]}, or confirm they exist outside the repository.`),
    });
  },
};

interface Covered {
  readonly evidence: Evidence;
  readonly byName: boolean;
}

/**
 * One test file:line per covered step, preferring evidence from calls or module code over names.
 * A test that fits a throwaway model to test something else (an MLflow integration, a serializer) is
 * no training test when the project trains nothing: training counts through a test's own `fit` call
 * only when the project has a training step of its own; through the project's modules it always does.
 */
function coverage(tests: TestFacts): Map<MlStep, Covered> {
  const covered = new Map<MlStep, Covered>();
  const projectTrains = tests.projectSteps.some((p) => p.step === 'training');
  const counts = (hit: StepEvidence): boolean => hit.step !== 'training' || hit.via !== 'call' || projectTrains;
  for (const step of ML_STEPS) {
    const hits = tests.files.flatMap((f) => f.steps.filter((s) => s.step === step && counts(s)).map((s) => ({ file: f.file, hit: s })));
    const best = hits.find((h) => h.hit.via !== 'name') ?? hits[0];
    if (best) covered.set(step, { evidence: evidence(best.file, best.hit.line, `tests ${STEP_LABEL[step]}: ${best.hit.note}`), byName: best.hit.via === 'name' });
  }
  return covered;
}

function namedOnlyHints(tests: TestFacts): string[] {
  const files = tests.namedOnly.slice(0, 5);
  return files.length > 0 ? [`Files named like tests hold no test function: ${files.join(', ')}.`] : [];
}
