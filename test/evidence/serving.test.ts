import { describe, expect, it } from 'vitest';
import { rule as c45 } from '../../src/criteria/c45-feature-distribution-drift-recalculated.js';
import { rule as c59 } from '../../src/criteria/c59-ab-testing-performed-regularly.js';
import { servingAnalysis } from '../../src/evidence/serving.js';
import { fakeFacts, fullProfile } from '../helpers/module-facts.js';

const fastapiApp = { file: 'api/main.py', imports: ['fastapi.FastAPI'], calls: ['fastapi.FastAPI'], decorators: [{ callee: 'app.get', snippet: '@app.get("/items")' }] };

describe('servingAnalysis', () => {
  it('does not count a FastAPI app that serves no model', async () => {
    const serving = await servingAnalysis(await fakeFacts([fastapiApp]));
    expect(serving.webApps).toHaveLength(1);
    expect(serving.modelApps).toEqual([]);
    expect(serving.evidence).toEqual([]);
  });

  it('counts it when it calls predict, or imports a project module that loads a model', async () => {
    const predicting = { ...fastapiApp, calls: ['fastapi.FastAPI', { callee: 'model.predict', written: 'model.predict' }] };
    expect((await servingAnalysis(await fakeFacts([predicting]))).selfHosted).toBe(true);
    const linked = { ...fastapiApp, imports: ['fastapi.FastAPI', 'api.model.get_model'] };
    const loader = { file: 'api/model.py', imports: ['joblib'], calls: ['joblib.load'] };
    const serving = await servingAnalysis(await fakeFacts([linked, loader]));
    expect(serving.modelApps.map((a) => a.model?.note)).toEqual(['imports api/model.py, which loads a model']);
  });

  it('needs routes: an app constructed with no endpoint is not serving', async () => {
    const bare = { file: 'app.py', imports: ['flask.Flask', 'joblib'], calls: ['flask.Flask', 'joblib.load'] };
    expect((await servingAnalysis(await fakeFacts([bare]))).evidence).toEqual([]);
  });
});

describe('import-only use is a hint, never yes', () => {
  it('criterion 45 says no and names the unused import', async () => {
    const answer = await c45.answer({ facts: await fakeFacts([{ file: 'jobs/monitor.py', imports: ['evidently'] }]), profile: fullProfile() });
    expect(answer.answer).toBe('no');
    expect(answer.hints.join(' ')).toContain('jobs/monitor.py');
  });

  it('criterion 59 is yes on an experiment SDK call and no on its import alone', async () => {
    const used = await c59.answer({ facts: await fakeFacts([{ file: 'ab.py', imports: ['growthbook.GrowthBook'], calls: ['growthbook.GrowthBook'] }]), profile: fullProfile() });
    expect(used).toMatchObject({ answer: 'yes', confidence: 'medium' });
    const imported = await c59.answer({ facts: await fakeFacts([{ file: 'ab.py', imports: ['growthbook.GrowthBook'] }]), profile: fullProfile() });
    expect(imported.answer).toBe('no');
  });
});
