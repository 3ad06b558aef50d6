import { DATA_PREP } from '../../knowledge/data-prep.js';
import type { CapabilitySignature } from '../../knowledge/select.js';
import { DJANGO, FASTAPI, FLASK, GREAT_EXPECTATIONS, PANDERA } from '../../knowledge/shared-tools.js';
import { signaturesOf, type Tool } from '../../knowledge/tool.js';
import { TRAINING } from '../../knowledge/training.js';
import type { MlStep } from './model.js';

/**
 * What test code does when it exercises an ML step (criterion 32). Training and data processing reuse
 * the knowledge base's training and data-prep signatures; the API step is exercised through a web
 * framework's test client or an HTTP client (https://fastapi.tiangolo.com/tutorial/testing/,
 * https://flask.palletsprojects.com/en/stable/testing/, https://docs.djangoproject.com/en/stable/topics/testing/tools/).
 */
export const TEST_TOOLS: readonly Tool<MlStep>[] = [
  {
    ...FASTAPI,
    proves: { api: { label: 'FastAPI/Starlette TestClient', imports: ['fastapi', 'starlette'], calls: ['fastapi.testclient.TestClient', 'starlette.testclient.TestClient'] } },
  },
  // `app.test_client()` on the project's own Flask app: the app is imported from the project, not from flask.
  { ...FLASK, proves: { api: { label: 'Flask test client', imports: [], calls: ['**.test_client'] } } },
  {
    ...DJANGO,
    proves: {
      api: {
        label: 'Django test client',
        imports: ['django', 'rest_framework'],
        calls: ['django.test.Client', 'django.test.RequestFactory', 'rest_framework.test.APIClient', 'rest_framework.test.APIRequestFactory'],
      },
    },
  },
  { id: 'httpx', name: 'httpx', docs: 'https://www.python-httpx.org/', proves: { api: { imports: ['httpx'], calls: ['httpx.AsyncClient', 'httpx.Client', 'httpx.ASGITransport', 'httpx.get', 'httpx.post'] } } },
  { id: 'requests', name: 'requests', docs: 'https://requests.readthedocs.io/', proves: { api: { imports: ['requests'], calls: ['requests.get', 'requests.post', 'requests.put', 'requests.request'] } } },
  { id: 'supertest', name: 'supertest', docs: 'https://github.com/ladjs/supertest', proves: { api: { imports: ['supertest'], calls: ['supertest', 'supertest.default', 'supertest.agent'] } } },
  // Data validation libraries: a test using them checks the data step.
  { ...PANDERA, proves: { 'data-processing': { imports: ['pandera'], calls: ['pandera.**'] } } },
  { ...GREAT_EXPECTATIONS, proves: { 'data-processing': { imports: ['great_expectations'], calls: ['great_expectations.**'] } } },
];

export const API_TEST_CLIENTS: readonly CapabilitySignature<MlStep>[] = signaturesOf(TEST_TOOLS, ['api']);

const DATA_VALIDATION: readonly CapabilitySignature<MlStep>[] = signaturesOf(TEST_TOOLS, ['data-processing']);

/** Building a frame is how a test makes its input, not data processing under test. */
const FRAME_CONSTRUCTORS = /(^|\.)(DataFrame|Series|from_dict|from_records)$/;

/** Every signature whose call in a test file shows that the file exercises a step. */
export const STEP_SIGNATURES: readonly CapabilitySignature<MlStep>[] = [
  ...API_TEST_CLIENTS,
  ...DATA_VALIDATION,
  ...TRAINING.filter((s) => s.capability === 'model-training').map((s) => ({ ...s, capability: 'training' as const })),
  ...DATA_PREP.filter((s) => (s.calls ?? []).length > 0).map((s) => ({
    ...s,
    capability: 'data-processing' as const,
    calls: (s.calls ?? []).filter((c) => !FRAME_CONSTRUCTORS.test(c)),
  })),
];

/**
 * A project module's step from its path when its code shows none (the brief's "own data/feature/
 * preprocess, train/model, app/api/serve modules"), matched against each folder and the file stem.
 */
export const STEP_BY_MODULE_NAME: readonly { readonly step: MlStep; readonly segment: RegExp }[] = [
  { step: 'api', segment: /^(app|api|apis|serve|serving|server|service|endpoints?|routes?|routers?|web)$/i },
  { step: 'training', segment: /^((re)?train(ing|er)?(_\w+)?|models?|fit|estimators?)$/i },
  {
    step: 'data-processing',
    segment: /^(data|datasets?|features?|feature_\w+|\w+_features|preprocess\w*|prep|etl|clean\w*|transforms?|ingest\w*|loaders?|data_\w+)$/i,
  },
];

/** Text that marks a file as holding tests, for the parser's literal prefilter. */
export const TEST_MARKERS: readonly string[] = [
  'def test', 'class Test', 'unittest', 'pytest',
  "describe('", 'describe("', 'describe(`', "it('", 'it("', 'it(`', "test('", 'test("', 'test(`',
];

/** Imports naming a JS test framework. */
export const JS_TEST_FRAMEWORKS: Readonly<Record<string, 'vitest' | 'jest' | 'mocha' | 'node:test'>> = {
  vitest: 'vitest',
  '@jest/globals': 'jest',
  mocha: 'mocha',
  'node:test': 'node:test',
};

/** Global test functions of Jest/Mocha/Jasmine/Vitest. */
export const JS_TEST_CALLS: ReadonlySet<string> = new Set(['describe', 'it', 'test', 'suite']);
