import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import type { FileProbe } from '../../src/knowledge/file-probe.js';
import { TRAFFIC_SPLIT_PROBES } from '../../src/knowledge/ab-testing.js';
import { linksTo } from '../../src/collect/code/local-imports.js';
import { probeFiles } from '../../src/evidence/probe-files.js';
import type { RepoTexts } from '../../src/evidence/repo-texts.js';

function texts(files: Record<string, string>): RepoTexts {
  const names = Object.keys(files).sort();
  return { files: names, matching: (globs) => names.filter((name) => picomatch([...(typeof globs === 'string' ? [globs] : globs)], { dot: true })(name)), text: (f) => files[f] ?? null };
}

const logger: FileProbe = { tool: 'KServe logger', capability: 'inference-logging', files: ['**/*.yaml'], line: /^\s+logger\s*:/, fileAlso: /kind:\s*InferenceService\b/ };

describe('probeFiles', () => {
  it('finds the first matching line and needs the file condition', () => {
    const found = probeFiles(texts({ 'a.yaml': 'kind: InferenceService\nspec:\n  predictor:\n    logger:\n      mode: all\n', 'b.yaml': 'kind: Deployment\nspec:\n  logger:\n' }), [logger]);
    expect(found.map((f) => [f.file, f.line])).toEqual([['a.yaml', 4]]);
  });

  it('ignores commented-out lines, also for the file condition', () => {
    expect(probeFiles(texts({ 'a.yaml': '# kind: InferenceService\n  logger:\n' }), [logger])).toEqual([]);
    expect(probeFiles(texts({ 'a.yaml': 'kind: InferenceService\n  # logger:\n' }), [logger])).toEqual([]);
  });

  it('needs two weighted routes for an Istio traffic split', () => {
    const one = 'kind: VirtualService\nspec:\n  http:\n    - route:\n        - destination: {host: a}\n          weight: 100\n';
    const two = `${one}        - destination: {host: b}\n          weight: 0\n`;
    expect(probeFiles(texts({ 'vs.yaml': one }), TRAFFIC_SPLIT_PROBES)).toEqual([]);
    expect(probeFiles(texts({ 'vs.yaml': two }), TRAFFIC_SPLIT_PROBES).map((f) => f.tool)).toEqual(['Istio weights']);
  });
});

describe('linksTo', () => {
  const sources = ['src/churn/features.py', 'churn/model.py', 'web/lib/model.js'];
  it('resolves absolute, relative and JS imports to project files by dotted suffix', () => {
    expect(linksTo({ module: 'churn.features', imported: 'build', local: 'build', line: 1 }, sources)).toEqual(['src/churn/features.py']);
    expect(linksTo({ module: '.', imported: 'model', local: 'model', line: 1 }, sources, 'churn/app.py')).toEqual(['churn/model.py']);
    expect(linksTo({ module: './lib/model.js', imported: 'default', local: 'm', line: 1 }, sources)).toEqual(['web/lib/model.js']);
    expect(linksTo({ module: 'pandas', imported: 'DataFrame', local: 'DataFrame', line: 1 }, sources)).toEqual([]);
  });
});
