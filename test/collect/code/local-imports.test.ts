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
