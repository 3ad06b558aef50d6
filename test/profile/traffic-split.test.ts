import { describe, expect, it } from 'vitest';
import { scanFixture } from '../helpers/rule-tester.js';

describe('traffic split between model versions', () => {
  it('does not read a deploy that sends all traffic to one model as a split', async () => {
    expect((await scanFixture('serve-vertex-deploy-single')).scan.profile.abTesting.present).toBe(false);
  });

  it('reads a canary share resolved from a variable as a split', async () => {
    const { profile } = (await scanFixture('serve-vertex-deploy-canary')).scan;
    expect(profile.abTesting.present).toBe(true);
    expect(profile.abTesting.evidence.map((e) => `${e.file}:${e.line}`)).toContain('deploy/deploy.py:9');
  });
});
