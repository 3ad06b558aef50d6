import { describe, expect, it } from 'vitest';
import type { FileProbe } from '../../src/knowledge/file-probe.js';
import { TRAFFIC_SPLIT_PROBES } from '../../src/knowledge/ab-testing.js';
import { probeFiles } from '../../src/evidence/probe-files.js';
import { fakeFacts } from '../helpers/fake-facts.js';

const texts = (files: Record<string, string>) => fakeFacts({ files });

const logger: FileProbe = { tool: 'KServe logger', capability: 'inference-logging', files: ['**/*.yaml'], line: /^\s+logger\s*:/, fileAlso: /kind:\s*InferenceService\b/ };

describe('probeFiles', () => {
  it('finds the first matching line and needs the file condition', async () => {
    const found = await probeFiles(texts({ 'a.yaml': 'kind: InferenceService\nspec:\n  predictor:\n    logger:\n      mode: all\n', 'b.yaml': 'kind: Deployment\nspec:\n  logger:\n' }), [logger]);
    expect(found.map((f) => [f.file, f.line])).toEqual([['a.yaml', 4]]);
  });

  it('ignores commented-out lines, also for the file condition', async () => {
    expect(await probeFiles(texts({ 'a.yaml': '# kind: InferenceService\n  logger:\n' }), [logger])).toEqual([]);
    expect(await probeFiles(texts({ 'a.yaml': 'kind: InferenceService\n  # logger:\n' }), [logger])).toEqual([]);
  });

  it('needs two weighted routes for an Istio traffic split', async () => {
    const one = 'kind: VirtualService\nspec:\n  http:\n    - route:\n        - destination: {host: a}\n          weight: 100\n';
    const two = `${one}        - destination: {host: b}\n          weight: 0\n`;
    expect(await probeFiles(texts({ 'vs.yaml': one }), TRAFFIC_SPLIT_PROBES)).toEqual([]);
    expect((await probeFiles(texts({ 'vs.yaml': two }), TRAFFIC_SPLIT_PROBES)).map((f) => f.tool)).toEqual(['Istio weights']);
  });

  it('reads Istio weights a Helm chart fills in from its values', async () => {
    const templated = 'kind: VirtualService\nspec:\n  http:\n    - route:\n        - destination: {host: a}\n          weight: {{ .Values.stable.weight }}\n        - destination: {host: b}\n          weight: {{ .Values.canary.weight }}\n';
    expect((await probeFiles(texts({ 'chart/templates/vs.yaml': templated }), TRAFFIC_SPLIT_PROBES)).map((f) => [f.tool, f.line])).toEqual([['Istio weights', 6]]);
    expect(await probeFiles(texts({ 'chart/templates/vs.yaml': templated.replace(/\{\{[^}]*\}\}/g, 'heavy') }), TRAFFIC_SPLIT_PROBES)).toEqual([]);
  });
});
