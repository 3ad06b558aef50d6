import path from 'node:path';
import type { CodeImport, SourceModule } from '../../collect/code/model.js';
import type { EvidenceInput } from '../facts.js';
import { importsAny } from '../call-sites.js';
import { calleeMatcher } from '../../knowledge/signature.js';
import { linksTo } from '../../collect/code/local-imports.js';
import { isNotebook, isTestData, isTestFile } from '../../collect/code/file-kinds.js';
import type { MlStep, StepEvidence, TestFacts, TestFile, TestFramework } from './model.js';
import { STEP_LABEL } from './model.js';
import { projectSteps, type ProjectStepMap } from './project-steps.js';
import { JS_TEST_CALLS, JS_TEST_FRAMEWORKS, STEP_BY_MODULE_NAME, STEP_SIGNATURES, TEST_MARKERS } from './test-knowledge.js';

const LOOKED_AT = [
  'pytest/unittest files (tests/**, test_*.py, *_test.py, conftest.py)',
  'JS/TS test files (*.test.*, *.spec.*, __tests__/)',
];

const STEP_MATCHERS = STEP_SIGNATURES.map((signature) => ({ signature, matchers: (signature.calls ?? []).map(calleeMatcher) }));

/**
 * Test files, their framework, and the ML steps each exercises (criterion 32), from what the tests
 * call (a test client, a fit, a pandas transform) and which project modules they import.
 */
export async function detectTests({ facts }: EvidenceInput): Promise<TestFacts> {
  const code = await facts.code();
  // Test data holds inputs to tests (fixture pipelines), not tests: never a named-only test file.
  const candidates = code.sources.filter((s) => isTestFile(s.file) && !isTestData(s.file) && !isNotebook(s.file));
  if (candidates.length === 0) return { files: [], projectSteps: (await projectSteps(facts)).steps, namedOnly: [], lookedAt: LOOKED_AT };
  const [parsed, project] = await Promise.all([code.modulesMentioning(TEST_MARKERS), projectSteps(facts)]);
  const byFile = new Map(parsed.map((m) => [m.file, m]));
  const ownSources = code.sources.map((s) => s.file).filter((f) => !isTestFile(f) && !isNotebook(f));
  const files: TestFile[] = [];
  const namedOnly: string[] = [];
  for (const candidate of candidates) {
    const module = byFile.get(candidate.file);
    const found = module ? testsIn(module) : null;
    if (!module || !found) {
      namedOnly.push(candidate.file);
      continue;
    }
    files.push({ file: module.file, ...found, steps: stepsOf(module, project, ownSources) });
  }
  return { files, projectSteps: project.steps, namedOnly, lookedAt: LOOKED_AT };
}

/** The framework and first test (or pytest fixture) of a module; null when it holds no test. */
function testsIn(module: SourceModule): { framework: TestFramework; line: number } | null {
  if (module.language === 'javascript' || module.language === 'typescript') {
    const call = module.calls.find((c) => JS_TEST_CALLS.has(c.written ?? c.callee));
    if (!call) return null;
    const framework = module.imports.map((i) => JS_TEST_FRAMEWORKS[i.module]).find((f) => f !== undefined);
    return { framework: framework ?? 'js-globals', line: call.line };
  }
  const unittest = module.definitions.find((d) => d.kind === 'class' && (d.bases ?? []).some((b) => /(^|\.)(TestCase|IsolatedAsyncioTestCase)$/.test(b)));
  if (unittest) return { framework: 'unittest', line: unittest.line };
  const test = module.definitions.find((d) => (d.kind === 'function' || d.kind === 'method') && d.name.startsWith('test'));
  const fixture = module.decorators.find((d) => d.callee === 'pytest.fixture' || d.callee.startsWith('pytest.fixture'));
  const first = [test?.line, fixture?.line].filter((l): l is number => l !== undefined);
  return first.length > 0 ? { framework: 'pytest', line: Math.min(...first) } : null;
}

/** Languages whose modules the code detector parses (their calls say what they do). */
const PARSED = /\.(py|[cm]?[jt]sx?)$/;

/** A request path that asks a model for a prediction (`'/predict'`, `"/invocations"`, `` `${url}/score` ``). */
const SCORING_ROUTE = /['"`][^'"`\n]*\/(predict|invocations|scor(e|ing)|infer)\w*/i;

/** The steps a test module exercises, the first evidence of each. */
function stepsOf(module: SourceModule, project: ProjectStepMap, ownSources: readonly string[]): StepEvidence[] {
  const found = new Map<MlStep, StepEvidence>();
  const add = (item: StepEvidence): void => {
    if (!found.has(item.step)) found.set(item.step, item);
  };
  const imported: StepEvidence[] = module.imports.flatMap((imp) => {
    const step = projectModuleStep(imp, module.file, project, ownSources);
    return step ? [{ ...step, line: imp.line }] : [];
  });
  const servingTest = imported.some((s) => s.step === 'api') || module.calls.some((c) => SCORING_ROUTE.test(c.snippet));
  for (const { signature, matchers } of STEP_MATCHERS) {
    if (signature.imports.length > 0 && !importsAny(module, signature.imports)) continue;
    // A test client proves an API test only of the model-serving app: the test imports it, or calls a scoring route.
    const call = module.calls.find((c) => matchers.some((m) => m(c.callee)) && (signature.capability !== 'api' || servingTest));
    if (call) add({ step: signature.capability, line: call.line, note: `${signature.tool}: ${call.snippet}`, via: 'call' });
  }
  imported.forEach(add);
  return [...found.values()].sort((a, b) => a.line - b.line);
}

/** The step of the project module an import refers to: by what its code does, else by its name. */
function projectModuleStep(imp: CodeImport, importer: string, project: ProjectStepMap, ownSources: readonly string[]): Omit<StepEvidence, 'line'> | null {
  const targets = linksTo(imp, ownSources, importer);
  for (const target of targets) {
    const steps = [...(project.byFile.get(target) ?? [])];
    const named = stepByName(target);
    const step = steps.length === 1 ? steps[0] : steps.find((s) => s === named) ?? steps.find((s) => s === 'api') ?? steps[0];
    if (step) return { step, note: `imports ${target} (${STEP_LABEL[step]} code)`, via: 'project-module' };
  }
  // A module we parse is classified by what it calls; its name decides only where we read no code.
  for (const target of targets) {
    const step = PARSED.test(target) ? null : stepByName(target);
    if (step) return { step, note: `imports ${target} (named as ${STEP_LABEL[step]} code)`, via: 'name' };
  }
  return null;
}

function stepByName(file: string): MlStep | null {
  const segments = file.split('/');
  const stem = path.posix.basename(file).replace(/\.[^.]+$/, '');
  const parts = [...segments.slice(0, -1), stem === '__init__' || stem === 'index' ? '' : stem].filter((s) => s.length > 0);
  // The file's own name says more than its folder: `api/features.py` is feature code.
  for (const part of parts.reverse()) {
    const match = STEP_BY_MODULE_NAME.find((entry) => entry.segment.test(part));
    if (match) return match.step;
  }
  return null;
}
