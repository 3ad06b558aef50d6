import { describe, expect, it } from 'vitest';
import { batchScoringEvidence } from '../../src/profile/batch-trait.js';
import type { CiTrigger } from '../../src/collect/ci/model.js';
import { CRON, fakeFacts, pipeline } from '../helpers/fake-facts.js';
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

  it('reads a scheduled workflow that scores as batch, but not a test workflow that also runs nightly', async () => {
    const nightly = pipeline('.github/workflows/score.yml', [CRON], ['python score.py --input data/today.parquet']);
    expect((await batchScoringEvidence(fakeFacts({ pipelines: [nightly] }))).map((e) => e.note)).toEqual([
      '.github/workflows/score.yml: scheduled (0 3 * * 1)',
      'scores: python score.py --input data/today.parquet',
    ]);
    const pullRequest: CiTrigger = { kind: 'pull_request', branches: null, line: 3 };
    const smoke = (triggers: readonly CiTrigger[]) => pipeline('.github/workflows/ci.yml', triggers, ['python segment/predict.py --weights yolo.pt --source data/images']);
    expect(await batchScoringEvidence(fakeFacts({ pipelines: [smoke([pullRequest, CRON])] }))).toEqual([]);
    expect(await batchScoringEvidence(fakeFacts({ pipelines: [smoke([CRON])] }))).toHaveLength(2);
  });
});
