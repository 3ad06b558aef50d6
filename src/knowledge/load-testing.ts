import type { FileProbe } from './file-probe.js';
import type { CapabilitySignature } from './select.js';
import { signaturesOf, type Tool } from './tool.js';

/**
 * Load and stress tests (criterion 35). A script that sends requests one after another in a loop is
 * not a load test (spec, Clarifications), so only load-testing tools count.
 */
export const LOAD_TEST_TOOLS: readonly Tool<'load-test'>[] = [
  {
    id: 'locust',
    name: 'Locust',
    docs: 'https://docs.locust.io/',
    proves: {
      'load-test': { imports: ['locust'], calls: ['locust.between', 'locust.constant', 'locust.constant_throughput', 'locust.LoadTestShape', 'locust.env.Environment'], decorators: ['locust.task'] },
    },
  },
  { id: 'k6', name: 'k6', docs: 'https://grafana.com/docs/k6/latest/', proves: { 'load-test': { imports: ['k6'], calls: ['k6/http.**', 'k6.check', 'k6.sleep', 'k6.group'] } } },
  { id: 'artillery', name: 'Artillery', docs: 'https://www.artillery.io/docs', proves: { 'load-test': { imports: ['artillery'], calls: ['artillery.**'] } } },
  { id: 'autocannon', name: 'autocannon', docs: 'https://github.com/mcollina/autocannon', proves: { 'load-test': { imports: ['autocannon'], calls: ['autocannon', 'autocannon.default'] } } },
];

export const LOAD_TEST_CODE: readonly CapabilitySignature<'load-test'>[] = signaturesOf(LOAD_TEST_TOOLS, ['load-test']);

/** Plans, scripts and commands of load-testing tools; commands also count when run by a CI pipeline. */
export const LOAD_TEST_PROBES: readonly FileProbe[] = [
  { tool: 'k6', capability: 'load-test', files: ['**/*.js', '**/*.ts', '**/*.mjs'], line: /^\s*import\s+.*\bfrom\s+["']k6(\/[\w/-]+)?["']/ },
  { tool: 'JMeter', capability: 'load-test', files: ['**/*.jmx'], line: /<jmeterTestPlan\b/ },
  { tool: 'Gatling', capability: 'load-test', files: ['**/*.scala', '**/*.java', '**/*.kt'], line: /^\s*import\s+(static\s+)?io\.gatling\./ },
  { tool: 'Artillery', capability: 'load-test', files: ['**/*.yml', '**/*.yaml'], line: /^scenarios\s*:/, fileAlso: /^\s+(arrivalRate|phases)\s*:/m },
  { tool: 'Locust config', capability: 'load-test', files: ['**/locust.conf', '**/.locust.conf'], line: null },
  { tool: 'vegeta', capability: 'load-test', files: ['**/*.sh', '**/Makefile', '**/justfile'], line: /\bvegeta\s+attack\b/ },
  { tool: 'wrk', capability: 'load-test', files: ['**/*.sh', '**/Makefile', '**/justfile'], line: /(^|[\s;&|])wrk2?\s+(-\w|--\w)/ },
  { tool: 'hey', capability: 'load-test', files: ['**/*.sh', '**/Makefile', '**/justfile'], line: /(^|[\s;&|])hey\s+(-n|-c|-z)\s/ },
  { tool: 'ApacheBench', capability: 'load-test', files: ['**/*.sh', '**/Makefile', '**/justfile'], line: /(^|[\s;&|])ab\s+(-n|-c)\s/ },
];

/** A CI step that runs a load test (a load-test pipeline). */
export const LOAD_TEST_COMMANDS: readonly { readonly tool: string; readonly pattern: RegExp }[] = [
  { tool: 'Locust', pattern: /\blocust\s+(-f|--headless|--locustfile|--config)/ },
  { tool: 'k6', pattern: /\bk6\s+(run|cloud)\b|grafana\/(k6-action|run-k6-action|setup-k6-action)/ },
  { tool: 'JMeter', pattern: /\bjmeter\s+.*-n\b|jmeter-action/ },
  { tool: 'Gatling', pattern: /gatling:test|gatlingRun|gatling\.sh/ },
  { tool: 'Artillery', pattern: /\bartillery\s+run\b/ },
  { tool: 'vegeta', pattern: /\bvegeta\s+attack\b/ },
  { tool: 'wrk', pattern: /(^|[\s;&|])wrk2?\s+-/ },
  { tool: 'hey', pattern: /(^|[\s;&|])hey\s+(-n|-c|-z)\s/ },
];
