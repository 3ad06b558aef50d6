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
