import type { Rule } from './rule.js';
import { evidence, no, nonEmpty, unanswered, yes } from '../model/answer.js';
import { callsSaying, dvcStagesOf, firstPerFile, toolNames, trackingUse, trainingCode } from '../evidence/ml-lifecycle.js';
import { TRAINING_JOB_METRICS, trackerNames } from '../knowledge/tracking.js';
import { withCapability } from '../knowledge/select.js';
import { TRAINING } from '../knowledge/training.js';
import { findEvidence, illustrativeHints } from '../evidence/usages.js';

export const rule: Rule = {
  id: 43,
  kind: 'detects',
  answers: ['yes', 'no', 'unanswered'],
  looksFor: `evaluation metrics logged to a tracker (${trackerNames('metric-logging')}) or declared as DVC metrics files`,
  toYes: 'Log offline evaluation metrics to a tracker (e.g. mlflow.log_metric("f1", f1), DVC metrics) instead of only printing them.',
  async answer({ facts }) {
    const [logged, stages] = await Promise.all([trackingUse(facts, 'metric-logging'), dvcStagesOf(facts)]);
    const dvcMetrics = stages
      .filter((s) => s.metrics.length > 0)
      .slice(0, 2)
      .map((s) => evidence(s.file, s.line, `DVC stage ${s.name} writes metrics ${s.metrics.join(', ')}`));
    const stored = nonEmpty([...firstPerFile(logged.usages, 4), ...dvcMetrics]);
    if (stored) {
      const tools = [toolNames(logged.usages), dvcMetrics.length > 0 ? 'DVC metrics' : ''].filter(Boolean).join(', ');
      return yes(`Evaluation metrics are logged to a tracker (${tools}).`, stored);
    }
    const [computed, training] = await Promise.all([findEvidence(facts, withCapability(TRAINING, 'model-evaluation')), trainingCode(facts)]);
    const recordedJobs = nonEmpty(firstPerFile(await callsSaying(facts, training.usages, TRAINING_JOB_METRICS), 3));
    if (recordedJobs) {
      return yes('Training jobs record their metrics with the job (SageMaker Experiments or metric definitions); confirm the evaluation metrics are among them.', recordedJobs, {
        confidence: 'medium',
      });
    }
    if (computed.usages.length > 0 || training.usages.length > 0) {
      return no('Metrics are computed or models trained, but no metric is logged to a tracker (at best they are printed).', LOOKED_AT, {
        evidence: firstPerFile([...computed.usages, ...training.usages], 3),
        hints: logged.importOnly.length > 0 ? ['A tracker is imported but never logs a metric.'] : [],
      });
    }
    return unanswered('The repository holds no model training or evaluation code, so where metrics are stored cannot be seen here.', {
      hints: ['If models are evaluated elsewhere, check that the metrics reach a tracker.', ...illustrativeHints(logged.illustrative, 'Metric logging')],
    });
  },
};

const LOOKED_AT = [`metric logging calls in Python sources and notebooks (${trackerNames('metric-logging')})`, 'dvc.yaml metrics'] as const;
