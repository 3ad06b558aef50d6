import { describe, expect, it } from 'vitest';
import { EXPERIMENT_SDKS, TRAFFIC_SPLIT_PROBES } from '../../src/knowledge/ab-testing.js';
import { API_DOCS_SITES } from '../../src/knowledge/api-docs.js';
import { EXPLAINERS } from '../../src/knowledge/explainability.js';
import { FEATURE_STORE_PROBES, FEATURE_STORES, MODEL_PIPELINES, MODEL_SAVES, ON_DEMAND_FEATURES } from '../../src/knowledge/feature-store.js';
import type { FileProbe } from '../../src/knowledge/file-probe.js';
import { LOAD_TEST_CODE, LOAD_TEST_PROBES } from '../../src/knowledge/load-testing.js';
import * as monitoring from '../../src/knowledge/monitoring.js';
import { GENERIC_OUTLIER_ESTIMATORS, OUTLIER_DETECTORS, UNCERTAINTY_AND_VALIDATION } from '../../src/knowledge/outliers.js';
import { ENDPOINT_AUTH, NETWORK_SECURITY_PROBES } from '../../src/knowledge/security.js';
import { MODEL_LOADS, MODEL_SERVERS, SERVING_COMMANDS, SERVING_PROBES, WEB_FRAMEWORKS } from '../../src/knowledge/serving.js';
import type { ToolSignature } from '../../src/knowledge/signature.js';

const SIGNATURES: readonly ToolSignature[] = [
  ...EXPERIMENT_SDKS, ...EXPLAINERS, ...FEATURE_STORES, ...MODEL_PIPELINES, ...MODEL_SAVES, ...ON_DEMAND_FEATURES, ...LOAD_TEST_CODE,
  ...monitoring.REQUEST_METRICS, ...monitoring.REQUEST_LOGGING, ...monitoring.DRIFT_MONITORING, ...monitoring.INFERENCE_LOGGING, ...monitoring.BATCH_ALERTING,
  ...OUTLIER_DETECTORS, ...GENERIC_OUTLIER_ESTIMATORS, ...UNCERTAINTY_AND_VALIDATION, ...ENDPOINT_AUTH, ...MODEL_LOADS, ...MODEL_SERVERS, ...WEB_FRAMEWORKS,
];
const PROBES: readonly FileProbe[] = [
  ...TRAFFIC_SPLIT_PROBES, ...API_DOCS_SITES, ...FEATURE_STORE_PROBES, ...LOAD_TEST_PROBES, ...monitoring.HEALTH_PROBES, ...monitoring.DRIFT_PROBES,
  ...monitoring.INFERENCE_LOGGING_PROBES, ...monitoring.BATCH_ALERTING_PROBES, ...NETWORK_SECURITY_PROBES, ...SERVING_PROBES, ...SERVING_COMMANDS,
];

describe('serving and monitoring knowledge', () => {
  it('proves use only by calls, decorators or config, and every resolved pattern starts at one of its import roots', () => {
    for (const s of SIGNATURES) {
      const patterns = [...(s.calls ?? []), ...(s.decorators ?? [])];
      expect(patterns.length + (s.configFiles?.length ?? 0), s.tool).toBeGreaterThan(0);
      for (const p of patterns) {
        const rooted = p.startsWith('*') || s.imports.some((root) => p === root || p.startsWith(`${root}.`) || p.startsWith(`${root}/`));
        expect(rooted, `${s.tool}: ${p}`).toBe(true);
      }
    }
  });

  it('never lets a probe match prose files', () => {
    for (const probe of PROBES) for (const glob of probe.files) expect(glob, probe.tool).not.toMatch(/\.(md|rst|txt)$/);
  });

  it('recognises the canonical lines of the tools it names', () => {
    const line = (tool: string, text: string): boolean => PROBES.some((p) => p.tool === tool && p.line?.test(text) === true);
    expect(line('KServe', 'kind: InferenceService')).toBe(true);
    expect(line('JMeter', '<jmeterTestPlan version="1.2">')).toBe(true);
    expect(line('k6', "import http from 'k6/http';")).toBe(true);
    expect(line('wrk', 'wrk -t4 -c100 -d30s http://localhost:8080/predict')).toBe(true);
    expect(line('wrk', 'echo "network"')).toBe(false);
    expect(line('Kubernetes NetworkPolicy', 'kind: NetworkPolicy')).toBe(true);
    expect(line('MLflow model server', 'CMD mlflow models serve -m models:/churn/1')).toBe(true);
  });
});
