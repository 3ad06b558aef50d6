import { describe, expect, it } from 'vitest';
import { scanFixture } from '../helpers/rule-tester.js';

describe('batch trait', () => {
  it('does not read a library of reusable scoring components as a scoring job', async () => {
    const { profile } = (await scanFixture('ml-kfp-component-library')).scan;
    expect(profile.batch.present).toBe(false);
  });

  it('finds a scoring pipeline submitted as a recurring run', async () => {
    const { profile } = (await scanFixture('ml-kfp-recurring-scoring')).scan;
    expect(profile.batch.present).toBe(true);
    expect(profile.batch.evidence.map((e) => e.file)).toContain('pipelines/nightly_scoring.py');
  });

  it.each(['serve-batch-airflow-alerting', 'serve-batch-airflow-silent'])('%s still scores in batch', async (fixture) => {
    expect((await scanFixture(fixture)).scan.profile.batch.present).toBe(true);
  });
});
