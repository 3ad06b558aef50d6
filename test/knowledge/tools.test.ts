import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TEST_TOOLS } from '../../src/evidence/tests/test-knowledge.js';
import { AB_TESTING_TOOLS } from '../../src/knowledge/ab-testing.js';
import { DATA_PREP_TOOLS } from '../../src/knowledge/data-prep.js';
import { DATA_VERSIONING_TOOLS } from '../../src/knowledge/data-versioning.js';
import { EXPLAINABILITY_TOOLS } from '../../src/knowledge/explainability.js';
import { FEATURE_STORE_TOOLS } from '../../src/knowledge/feature-store.js';
import { LOAD_TEST_TOOLS } from '../../src/knowledge/load-testing.js';
import { MONITORING_TOOLS } from '../../src/knowledge/monitoring.js';
import { ORCHESTRATION_TOOLS } from '../../src/knowledge/orchestration.js';
import { OUTLIER_TOOLS } from '../../src/knowledge/outliers.js';
import { SECURITY_TOOLS } from '../../src/knowledge/security.js';
import { SERVING_TOOLS } from '../../src/knowledge/serving.js';
import { signaturesOf, type Tool } from '../../src/knowledge/tool.js';
import { TRACKERS, TRACKING_CAPABILITIES } from '../../src/knowledge/tracking.js';
import { TRAINING_TOOLS } from '../../src/knowledge/training.js';

const AREAS: Readonly<Record<string, readonly Tool<string>[]>> = {
  tracking: TRACKERS,
  training: TRAINING_TOOLS,
  'data-prep': DATA_PREP_TOOLS,
  'data-versioning': DATA_VERSIONING_TOOLS,
  orchestration: ORCHESTRATION_TOOLS,
  monitoring: MONITORING_TOOLS,
  serving: SERVING_TOOLS,
  'feature-store': FEATURE_STORE_TOOLS,
  explainability: EXPLAINABILITY_TOOLS,
  outliers: OUTLIER_TOOLS,
  security: SECURITY_TOOLS,
  'load-testing': LOAD_TEST_TOOLS,
  'ab-testing': AB_TESTING_TOOLS,
  'test clients': TEST_TOOLS,
};

describe('tools', () => {
  it('have a kebab-case id, unique in their area, a name and an https documentation home', () => {
    for (const [area, tools] of Object.entries(AREAS)) {
      expect(new Set(tools.map((t) => t.id)).size, `${area} ids are unique`).toBe(tools.length);
      for (const tool of tools) {
        expect(tool.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(tool.name.length, tool.id).toBeGreaterThan(0);
        expect(tool.docs, tool.id).toMatch(/^https:\/\/\S+$/);
      }
    }
  });

  it('are one identity per id across areas (shared-tools.ts), never a name typed twice', () => {
    const seen = new Map<string, { name: string; docs: string; area: string }>();
    for (const [area, tools] of Object.entries(AREAS)) {
      for (const { id, name, docs } of tools) {
        const first = seen.get(id);
        if (first) expect({ name, docs }, `${id} in ${area} and ${first.area}`).toEqual({ name: first.name, docs: first.docs });
        else seen.set(id, { name, docs, area });
      }
    }
  });

  it('flatten to signatures capability by capability, each carrying its tool id and the name shown', () => {
    const signatures = signaturesOf(TRACKERS, TRACKING_CAPABILITIES);
    expect(signatures.map((s) => s.capability)).toEqual([...signatures.map((s) => s.capability)].sort((a, b) => TRACKING_CAPABILITIES.indexOf(a) - TRACKING_CAPABILITIES.indexOf(b)));
    const registry = signatures.filter((s) => s.toolId === 'mlflow' && s.capability === 'model-registry');
    expect(registry.map((s) => s.tool)).toEqual(['MLflow Model Registry']);
    expect(signatures.filter((s) => s.toolId === 'mlflow' && s.capability === 'run-tracking').map((s) => s.tool)).toEqual(['MLflow', 'MLflow (Ray callback)']);
  });
});

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');

/**
 * A comparison of a display name: `u.tool === 'X'`, `u.tool.startsWith(...)`, `SET.has(u.tool)`, the
 * same on a web app's or endpoint's `framework`.
 */
const NAME_TEST = /\.(tool|framework)\s*(===|!==|==|!=)|\.(tool|framework)\.(startsWith|endsWith|includes|match)\(|\.(has|includes|test)\(\s*\w+\.(tool|framework)\s*\)/;

describe('rules and evidence', () => {
  it('decide by tool id or capability, never by a display name', () => {
    const offenders: string[] = [];
    for (const layer of ['evidence', 'profile', 'criteria']) {
      for (const file of readdirSync(path.join(SRC, layer), { recursive: true, encoding: 'utf8' })) {
        if (!file.endsWith('.ts')) continue;
        readFileSync(path.join(SRC, layer, file), 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (NAME_TEST.test(line)) offenders.push(`src/${layer}/${file}:${i + 1}: ${line.trim()}`);
          });
      }
    }
    expect(offenders).toEqual([]);
  });
});
