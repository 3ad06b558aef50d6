import { describe, expect, it } from 'vitest';
import { environmentStage, isEnvironmentWord } from '../../../src/collect/iac/environment-stage.js';

describe('environmentStage', () => {
  it.each([
    ['prod', 'production'],
    ['Production', 'production'],
    ['prd', 'production'],
    ['prod-eu', 'production'],
    ['live', 'production'],
    ['pre-prod', 'pre-production'],
    ['preprod', 'pre-production'],
    ['non_prod', 'pre-production'],
    ['dev2', 'pre-production'],
    ['staging', 'pre-production'],
    ['uat', 'pre-production'],
    ['acc', 'pre-production'],
    ['sandbox', 'pre-production'],
    ['default', 'unknown'],
    ['eu-west-1', 'unknown'],
    ['gpu', 'unknown'],
  ] as const)('%s is %s', (name, stage) => {
    expect(environmentStage(name)).toBe(stage);
  });

  it('takes only whole folder names as environment folders', () => {
    expect(isEnvironmentWord('prod')).toBe(true);
    expect(isEnvironmentWord('staging1')).toBe(true);
    expect(isEnvironmentWord('dev-tools')).toBe(false);
  });
});
