import { describe, expect, it } from 'vitest';
import { batchScoringEvidence } from '../../src/profile/batch-trait.js';
import { probeFiles } from '../../src/evidence/probe-files.js';
import { SERVING_PROBES } from '../../src/knowledge/serving.js';
import { fakeFacts as factsOfFiles } from '../helpers/fake-facts.js';
import { fakeFacts } from '../helpers/module-facts.js';
import { scanFixture } from '../helpers/rule-tester.js';

describe('serving declared to a platform', () => {
  it('reads deploy commands in CI steps (a multi-line run included) and in scripts', async () => {
    const { profile } = (await scanFixture('serve-platform-cli-deploy')).scan;
    expect(profile.realtime.evidence.map((e) => [e.file, e.line])).toEqual([
      ['.github/workflows/deploy.yml', 14],
      ['.github/workflows/deploy.yml', 18],
    ]);
    expect(profile.realtime.evidence[1]?.note).toMatch(/^Azure ML online endpoint deployed by deploy: az ml online-deployment create/);
    expect(profile.batch.evidence.map((e) => [e.file, e.line])).toEqual([['scripts/score_nightly.sh', 4]]);
  });

  it('does not count a deploy command that is only printed or commented out', async () => {
    const { profile } = (await scanFixture('serve-platform-deploy-near-miss')).scan;
    expect(profile.realtime.present).toBe(false);
    expect(profile.batch.present).toBe(false);
  });

  it('reads Azure ML SDK v1 deploy calls and a ParallelRunStep', async () => {
    const { profile } = (await scanFixture('serve-azureml-v1-sdk')).scan;
    expect(profile.realtime.evidence.map((e) => e.note)).toEqual([
      expect.stringMatching(/^Azure ML web service \(SDK v1\): AksWebservice\.deploy_configuration/),
      expect.stringMatching(/^Azure ML web service \(SDK v1\): Model\.deploy\(ws/),
    ]);
    expect(profile.batch.evidence.map((e) => [e.file, e.note.split(':')[0]])).toEqual([['pipelines/batch_score.py', 'Azure ML ParallelRunStep (SDK v1)']]);
  });

  it('reads Vertex batch prediction through the low-level job client, as a KFP component imports it in its body', async () => {
    const component = {
      file: 'pipeline/components/batch_predict.py',
      imports: ['kfp.dsl.component', 'google.cloud.aiplatform_v1.services.job_service.JobServiceClient'],
      calls: ['kfp.dsl.component', 'google.cloud.aiplatform_v1.services.job_service.JobServiceClient', { callee: 'client.create_batch_prediction_job', written: 'client.create_batch_prediction_job' }],
    };
    const found = await batchScoringEvidence(await fakeFacts([component]));
    expect(found.map((e) => e.note)).toEqual([expect.stringMatching(/^Vertex AI batch prediction: client\.create_batch_prediction_job/)]);
    const unrelated = { ...component, imports: ['kfp.dsl.component'], calls: ['kfp.dsl.component', { callee: 'client.create_job', written: 'client.create_job' }] };
    expect(await batchScoringEvidence(await fakeFacts([unrelated]))).toEqual([]);
  });

  it('reads KServe and Seldon custom resources written as JSON, and Azure ML v1 deployment configs', async () => {
    const facts = await factsOfFiles({
      files: {
        'k8s/isvc.json': '{\n  "apiVersion": "serving.kserve.io/v1beta1",\n  "kind": "InferenceService",\n  "metadata": {"name": "iris"}\n}\n',
        'seldon/model.json': '{\n  "apiVersion": "machinelearning.seldon.io/v1",\n  "kind": "SeldonDeployment"\n}\n',
        'notes/kind.json': '{\n  "kind": "SeldonDeployment"\n}\n',
        'deployment/deployment_config_aks.yml': 'computeType: AKS\nautoScaler:\n  autoscaleEnabled: true\n',
        'deployment/deployment_config_other.yml': 'computeType: AmlCompute\n',
      },
    });
    const found = await probeFiles(facts, SERVING_PROBES);
    expect(found.map((f) => [f.file, f.line, f.tool])).toEqual(
      expect.arrayContaining([
        ['k8s/isvc.json', 3, 'KServe'],
        ['seldon/model.json', 3, 'Seldon Core'],
        ['deployment/deployment_config_aks.yml', 1, 'Azure ML web service (CLI v1)'],
      ]),
    );
    // A SeldonDeployment kind outside a Seldon manifest, and a config for a training cluster, serve nothing.
    expect(found.map((f) => f.file)).not.toContain('notes/kind.json');
    expect(found.map((f) => f.file)).not.toContain('deployment/deployment_config_other.yml');
  });
});

describe('an example server the repository ships', () => {
  it('makes real-time serving of that example, scoped as an example', async () => {
    const { profile } = (await scanFixture('serve-example-server-library')).scan;
    expect(profile.realtime).toMatchObject({ present: true, scope: 'example' });
    expect(profile.realtime.evidence.map((e) => e.file)).toEqual(['utils/flask_rest_api/restapi.py', 'utils/flask_rest_api/restapi.py']);
  });

  it("is the project's own serving when the server is not in an example folder", async () => {
    expect((await scanFixture('serve-flask-bare')).scan.profile.realtime.scope).toBe('project');
  });
});
