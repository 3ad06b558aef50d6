import { stepText } from '../../../src/evidence/ci-steps.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CI_COMMIT_VARIABLE } from '../../../src/collect/ci/systems/registry.js';
import { FIXTURES } from '../../helpers/fixture-repo.js';
import { scanFixture } from '../../helpers/rule-tester.js';
import { detectFrom, lineOf } from './harness.js';

const FIXTURE = 'ci-drone-pytest-deploy-on-promote';
const config = readFileSync(path.join(FIXTURES, FIXTURE, '.drone.yml'), 'utf8');

describe('Drone CI (.drone.yml)', () => {
  it('reads each pipeline document with its triggers, steps and promotion target', async () => {
    const { ci } = await detectFrom({ '.drone.yml': config });
    const drone = ci.pipelines.filter((p) => p.system === 'drone');
    expect(drone.map((p) => [p.name, p.triggers.map((t) => t.kind)])).toEqual([
      ['test', ['push', 'pull_request']],
      ['deploy', ['manual']],
    ]);
    expect(drone[0]?.triggers[0]).toMatchObject({ kind: 'push', branches: ['main'] });
    expect(drone[0]?.jobs[0]?.steps.map((s) => [stepText(s), s.line])).toEqual([
      ['pip install -r requirements.txt', lineOf(config, 'pip install')],
      ['pytest tests/', lineOf(config, 'pytest tests/')],
    ]);
    expect(drone[1]?.jobs[0]?.environment).toBe('production');
    expect(ci.lookedAt).toContain('.drone.yml');
  });

  it('runs on every push, pull request and tag when a pipeline has no trigger', async () => {
    const { ci } = await detectFrom({ '.drone.yml': 'kind: pipeline\nname: any\nsteps:\n  - name: t\n    commands:\n      - pytest\n' });
    expect(ci.pipelines[0]?.triggers.map((t) => t.kind)).toEqual(['push', 'pull_request', 'tag']);
  });

  it("knows Drone's commit variable", () => {
    expect(CI_COMMIT_VARIABLE.test('--tag ${DRONE_COMMIT_SHA}')).toBe(true);
  });

  it('answers criterion 33 from the tests its pull-request pipeline runs', async () => {
    const { scan } = await scanFixture(FIXTURE);
    const answer = scan.results.find((r) => r.criterion.id === 33)?.answer;
    expect(answer?.answer).toBe('yes');
    expect(answer?.evidence).toContainEqual(expect.objectContaining({ file: '.drone.yml', line: lineOf(config, 'pytest tests/') }));
  });
});
