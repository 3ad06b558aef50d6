import { describe, expect, it } from 'vitest';
import { commitCaveat } from '../../src/knowledge/tracking.js';
import { onlyFilters } from '../../src/evidence/confidence-checks.js';
import { rule as c16 } from '../../src/criteria/c16-data-gathering-analysis-cleaning.js';
import { rule as c60 } from '../../src/criteria/c60-customer-gets-model-version.js';
import { DATA_PREP_RANK } from '../../src/knowledge/data-prep.js';
import { MODEL_SERVERS } from '../../src/knowledge/serving.js';
import { calleeMatcher } from '../../src/knowledge/signature.js';
import { DOCUMENTED_ROLLBACK_COMMAND } from '../../src/knowledge/tracking.js';
import { COMMIT_BUNDLE_VARIABLE } from '../../src/evidence/ci-steps.js';
import { isConfidenceCheck } from '../../src/evidence/confidence-checks.js';
import { fakeFacts as codeFacts, fullProfile } from '../helpers/module-facts.js';
import { call, fakeFacts, fakeProfile, imp, py } from '../helpers/fake-facts.js';

const servedBy = (callee: string): string[] =>
  MODEL_SERVERS.filter((s) => (s.calls ?? []).some((p) => calleeMatcher(p)(callee))).map((s) => s.tool);

describe('managed endpoint calls on receiver chains of any length', () => {
  it.each([
    ['databricks.sdk.WorkspaceClient.serving_endpoints.create', 'Databricks model serving'],
    ['self.workspace.serving_endpoints.update_config', 'Databricks model serving'],
    ['azure.ai.ml.MLClient.online_endpoints.begin_create_or_update', 'Azure ML online endpoint'],
    ['self.sm_client.create_endpoint', 'SageMaker endpoint (boto3)'],
    ['google.cloud.aiplatform.Model.upload.deploy', 'Vertex AI endpoint'],
  ])('%s is %s', (callee, tool) => {
    expect(servedBy(callee)).toContain(tool);
  });
});

describe('small patterns from reviewed repositories', () => {
  it('knows a confidence threshold in a condition from a decision rule or a comment', () => {
    expect(isConfidenceCheck('            if prob[pred] < self.threshold:')).toBe(true);
    expect(isConfidenceCheck('    label = "other" if max_prob < MIN_CONFIDENCE_THRESHOLD else label')).toBe(true);
    expect(isConfidenceCheck('    y_pred = proba > threshold')).toBe(false);
    expect(isConfidenceCheck('    if score > best_score:')).toBe(false);
  });

  it('reads the commit variable handed to a bundle, and documented rollback commands', () => {
    const step = 'databricks bundle deploy \\\n  --var="git_sha=${{ github.sha }}" \\\n  --var="branch=${{ github.ref_name }}"';
    expect([...step.matchAll(COMMIT_BUNDLE_VARIABLE)].map((m) => m[1])).toEqual(['git_sha']);
    expect(DOCUMENTED_ROLLBACK_COMMAND.test('anyscale service rollback -f $SERVICE_CONFIG --name $SERVICE_NAME')).toBe(true);
    expect(DOCUMENTED_ROLLBACK_COMMAND.test('We may roll back if needed.')).toBe(false);
  });

  it('ranks reading before cleaning before anything else', () => {
    const rank = (note: string): number => {
      const at = DATA_PREP_RANK.findIndex((p) => p.test(note));
      return at < 0 ? DATA_PREP_RANK.length : at;
    };
    expect(rank('pandas: pd.read_csv(path)')).toBe(0);
    expect(rank('pandas: df.dropna(subset=["age"])')).toBe(1);
    expect(rank('pandas: df.to_parquet("out.parquet")')).toBe(2);
  });
});

describe('criterion 16 on in-memory facts', () => {
  it('does not take a DataFrame of results for data preparation', async () => {
    const report = py('report.py', { imports: [imp('pandas')], calls: [call('pandas.DataFrame', 5, 'pd.DataFrame(rows)')] });
    const result = await c16.answer({ facts: fakeFacts({ modules: [report] }), profile: fakeProfile() });
    expect(result).toMatchObject({ answer: 'unanswered', evidence: [{ file: 'report.py', line: 5 }] });
  });

  it('shows the strongest evidence first', async () => {
    const prep = py('prep.py', {
      imports: [imp('pandas')],
      calls: [call('pandas.DataFrame.to_csv', 3, 'df.to_csv("out.csv")'), call('pandas.read_csv', 9, 'pd.read_csv("raw.csv")')],
    });
    const result = await c16.answer({ facts: fakeFacts({ modules: [prep] }), profile: fakeProfile() });
    expect(result).toMatchObject({ answer: 'yes', evidence: [{ file: 'prep.py', line: 9 }] });
  });
});

describe('criterion 60 on in-memory facts', () => {
  it('is yes (medium) when an experimentation SDK assigns the variants', async () => {
    const facts = await codeFacts([{ file: 'ab.py', imports: ['growthbook.GrowthBook'], calls: ['growthbook.GrowthBook'] }]);
    expect(await c60.answer({ facts, profile: fullProfile() })).toMatchObject({ answer: 'yes', confidence: 'medium' });
  });
});

describe('onlyFilters', () => {
  it('reads dropping detections below a score as filtering', () => {
    const comprehension = ['return [', '    x.to_json()', '    for x in detections', '    if x.label != BACKGROUND and x.confidence > confidence_threshold', ']'];
    expect(onlyFilters(comprehension, 3)).toBe(true);
    expect(onlyFilters(['for box in boxes:', '    if box.score < score_threshold:', '        continue'], 1)).toBe(true);
    expect(onlyFilters(['    if det.confidence > min_conf_threshold:', '        kept.append(det)'], 0)).toBe(true);
  });

  it('reads relabelling, abstaining or flagging low-confidence predictions as handling them', () => {
    expect(onlyFilters(['    if prob[best] < self.threshold:', '        label = "other"'], 0)).toBe(false);
    expect(onlyFilters(['    if probability < threshold:', '        review_queue.append(request_id)'], 0)).toBe(false);
    expect(onlyFilters(['    label = "unknown" if confidence < threshold else label'], 0)).toBe(false);
  });
});

describe('commitCaveat', () => {
  const usage = (toolId: string, tool: string) => ({ toolId, tool });
  it('words the caveat by the trackers found, by id, naming them as the evidence does', () => {
    expect(commitCaveat([usage('mlflow', 'MLflow'), usage('mlflow', 'MLflow (Ray callback)')])).toBe('MLflow records the commit only when the run starts from a git checkout');
    expect(commitCaveat([usage('tensorboard', 'TensorBoard')])).toBe('TensorBoard records no commit by itself');
    expect(commitCaveat([usage('tensorboard', 'TensorBoard'), usage('vertex-ai', 'Vertex AI Model Registry')])).toBe('TensorBoard, Vertex AI Model Registry record no commit by themselves');
  });
});
