import { describe, expect, it } from 'vitest';
import { calleeMatcher } from '../../src/knowledge/signature.js';

describe('calleeMatcher', () => {
  it('matches exact names, one-segment and many-segment wildcards', () => {
    expect(calleeMatcher('mlflow.log_metric')('mlflow.log_metric')).toBe(true);
    expect(calleeMatcher('mlflow.log_metric')('mlflow.log_metrics')).toBe(false);
    expect(calleeMatcher('mlflow.*.autolog')('mlflow.sklearn.autolog')).toBe(true);
    expect(calleeMatcher('mlflow.*.autolog')('mlflow.a.b.autolog')).toBe(false);
    expect(calleeMatcher('sagemaker.model_monitor.**')('sagemaker.model_monitor')).toBe(true);
    expect(calleeMatcher('sagemaker.model_monitor.**')('sagemaker.model_monitor.DefaultModelMonitor')).toBe(true);
    expect(calleeMatcher('sagemaker.model_monitor.**')('sagemaker.model_monitoring')).toBe(false);
  });

  it('treats scoped JS package names literally', () => {
    expect(calleeMatcher('@eppo/**')('@eppo/js-client-sdk.init')).toBe(true);
    expect(calleeMatcher('@growthbook/growthbook.GrowthBook')('@growthbook/growthbook.GrowthBook')).toBe(true);
    expect(calleeMatcher('a+b.c')('aab.c')).toBe(false);
  });
});
