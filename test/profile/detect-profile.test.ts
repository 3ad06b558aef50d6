import { describe, expect, it } from 'vitest';
import { scanFixture } from '../helpers/rule-tester.js';

const MY_CRITERIA = [35, 36, 37, 41, 42, 45, 46, 47, 48, 54, 57, 58, 59];

describe('project profile', () => {
  it.each([
    ['serve-fastapi-full', 'churn/app.py'],
    ['serve-flask-bare', 'app.py'],
    ['serve-express-auth', 'src/server.js'],
    ['serve-sagemaker-endpoint', 'deploy/deploy_endpoint.py'],
    ['serve-kserve', 'manifests/inference-service.yaml'],
    // self.workspace.serving_endpoints.create: a receiver chain of several segments.
    ['serve-databricks-ab-hash', 'src/churn/serving.py'],
    ['serve-ray-threshold', 'tagger/serve.py'],
    // An AWS Lambda handler that loads a model and predicts is a serving entry point.
    ['serve-lambda-logged-predictions', 'app/lambda_handler.py'],
  ])('%s serves predictions online', async (fixture, file) => {
    const { profile } = (await scanFixture(fixture)).scan;
    expect(profile.realtime.present).toBe(true);
    expect(profile.realtime.evidence.map((e) => e.file)).toContain(file);
  });

  it.each(['serve-crud-fastapi', 'serve-feast-repo', 'serve-trap-awesome-list', 'serve-trap-notebook-only', 'serve-batch-airflow-alerting'])(
    '%s is not real-time serving (CRUD app, feature server, prose, notebook, batch)',
    async (fixture) => {
      expect((await scanFixture(fixture)).scan.profile.realtime.present).toBe(false);
    },
  );

  it('finds a feature store from Feast definitions and config', async () => {
    const { profile } = (await scanFixture('serve-feast-repo')).scan;
    expect(profile.featureStore.present).toBe(true);
    expect((await scanFixture('serve-trap-awesome-list')).scan.profile.featureStore.present).toBe(false);
  });

  it('finds A/B testing from traffic splits, not from a requirements entry', async () => {
    expect((await scanFixture('serve-kserve')).scan.profile.abTesting.present).toBe(true);
    expect((await scanFixture('serve-sagemaker-endpoint')).scan.profile.abTesting.present).toBe(true);
    expect((await scanFixture('serve-trap-awesome-list')).scan.profile.abTesting.present).toBe(false);
  });

  it('finds A/B testing from a hash of an id choosing between two models, not from a hashed cache key', async () => {
    expect((await scanFixture('serve-databricks-ab-hash')).scan.profile.abTesting.present).toBe(true);
    expect((await scanFixture('ab-trap-hash-cache-key')).scan.profile.abTesting.present).toBe(false);
  });

  it.each(['serve-trap-awesome-list', 'serve-trap-notebook-only'])('%s gets no yes from the serving and monitoring rules', async (fixture) => {
    const { scan } = await scanFixture(fixture);
    const yeses = scan.results.filter((r) => MY_CRITERIA.includes(r.criterion.id) && r.answer.answer === 'yes');
    expect(yeses.map((r) => `${r.criterion.id}: ${r.answer.rationale}`)).toEqual([]);
  });
});
