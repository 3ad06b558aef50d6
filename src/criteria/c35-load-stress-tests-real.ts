import { stepContent, stepText } from '../evidence/ci-steps.js';
import type { Rule } from './rule.js';
import { LOAD_TEST_CODE, LOAD_TEST_COMMANDS, LOAD_TEST_PROBES } from '../knowledge/load-testing.js';
import { evidence, no, nonEmpty, yes } from '../model/answer.js';
import { asEvidence, findEvidence, importHints, toolNames } from '../evidence/usages.js';

export const rule: Rule = {
  id: 35,
  kind: 'detects',
  answers: ['yes', 'no', 'n/a'],
  looksFor: 'Locust, k6, JMeter, Gatling, Artillery, vegeta, wrk or hey scripts and plans, or a CI pipeline that runs one',
  toYes: 'Add a load test of the prediction API (e.g. a locustfile or k6 script) and run it from a pipeline',
  async answer({ facts }) {
    const [found, ci] = await Promise.all([
      findEvidence(facts, LOAD_TEST_CODE, LOAD_TEST_PROBES, { includeTests: true }),
      facts.ci(),
    ]);
    const steps = ci.pipelines.flatMap((p) => p.jobs.flatMap((j) => j.steps));
    const pipelineRuns = steps.flatMap((step) =>
      LOAD_TEST_COMMANDS.filter((c) => c.pattern.test(stepContent(step))).map((c) => ({
        tool: c.tool,
        ...evidence(step.file, step.line, `${c.tool} run by CI: ${stepText(step).trim().slice(0, 100)}`),
      })),
    );
    const proof = nonEmpty([...asEvidence(found.usages), ...asEvidence(pipelineRuns, 4)]);
    if (proof) {
      return yes(`Load tests exist for the real-time API (${toolNames([...found.usages, ...pipelineRuns])}).`, proof);
    }
    return no(
      'The project serves predictions online but has no load or stress test (a sequential request loop does not count).',
      ['locustfiles and locust imports', 'k6 scripts', '*.jmx JMeter plans', 'Gatling simulations', 'Artillery YAML', 'vegeta/wrk/hey commands in scripts', ...ci.lookedAt],
      { hints: importHints(found.importOnly) },
    );
  },
};
