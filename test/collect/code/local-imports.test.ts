import { describe, expect, it } from 'vitest';
import { linksTo } from '../../../src/collect/code/local-imports.js';

const importFeatures = { module: 'features', imported: 'driver_stats', local: 'driver_stats', line: 2 };

describe('linksTo with several namesakes', () => {
  const sources = ['examples/agent_store/feature_repo/features.py', 'ui/feature_repo/apply_permissions.py', 'ui/feature_repo/features.py'];

  it('links a script to the module in its own folder', () => {
    expect(linksTo(importFeatures, sources, 'ui/feature_repo/apply_permissions.py')).toEqual(['ui/feature_repo/features.py']);
  });

  it('prefers the namesake sharing the deepest folder with the importer', () => {
    const nested = ['examples/shop/features.py', 'ui/common/features.py', 'ui/other/deep/features.py'];
    expect(linksTo(importFeatures, nested, 'ui/feature_repo/apply.py')).toEqual(['ui/common/features.py', 'ui/other/deep/features.py']);
    expect(linksTo(importFeatures, nested, 'ui/other/deep/run.py')).toEqual(['ui/other/deep/features.py']);
  });

  it('falls back to every namesake when none is near the importer', () => {
    expect(linksTo(importFeatures, sources, 'scripts/apply.py')).toEqual(['examples/agent_store/feature_repo/features.py', 'ui/feature_repo/features.py']);
    expect(linksTo(importFeatures, sources)).toEqual(['examples/agent_store/feature_repo/features.py', 'ui/feature_repo/features.py']);
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

describe('linksTo resolves a relative import from the importer', () => {
  const services = ['svc-a/src/m1.py', 'svc-a/tests/test_m1.py', 'svc-b/src/m1.py', 'svc-c/src/m1.py', 'web/lib/model.js', 'web/app/page.js'];
  const fromSrc = { module: '..src.m1', imported: 'handler', local: 'handler', line: 1 };

  it('links `from ..src.m1` to the module of its own service only', () => {
    expect(linksTo(fromSrc, services, 'svc-a/tests/test_m1.py')).toEqual(['svc-a/src/m1.py']);
    expect(linksTo(fromSrc, services, 'svc-b/tests/test_m1.py')).toEqual(['svc-b/src/m1.py']);
  });

  it('links nothing when the module is not where the import points, or it climbs out of the tree', () => {
    expect(linksTo(fromSrc, services, 'svc-d/tests/test_m1.py')).toEqual([]);
    expect(linksTo({ module: '...m1', imported: null, local: 'm1', line: 1 }, services, 'svc-a/test.py')).toEqual([]);
  });

  it('resolves `from . import m1` and JS paths with ../ from the importer folder', () => {
    expect(linksTo({ module: '.', imported: 'm1', local: 'm1', line: 1 }, services, 'svc-c/src/run.py')).toEqual(['svc-c/src/m1.py']);
    expect(linksTo({ module: '../lib/model.js', imported: 'default', local: 'm', line: 1 }, services, 'web/app/page.js')).toEqual(['web/lib/model.js']);
    expect(linksTo({ module: '../../../x.js', imported: 'default', local: 'x', line: 1 }, services, 'web/app/page.js')).toEqual([]);
  });
});
