import type { EnvironmentStage } from './model.js';

/**
 * Environment names and what they mean. Names are split into tokens on `-`, `_`, `.` and spaces and
 * trailing digits are dropped (`prod-eu`, `dev2`, `terraform.staging`).
 */
const PRODUCTION: ReadonlySet<string> = new Set(['prod', 'production', 'prd', 'live']);

const PRE_PRODUCTION: ReadonlySet<string> = new Set([
  'dev',
  'devel',
  'develop',
  'development',
  'test',
  'testing',
  'tst',
  'staging',
  'stage',
  'stg',
  'qa',
  'uat',
  'acc',
  'acceptance',
  'preprod',
  'preproduction',
  'nonprod',
  'sandbox',
  'sbx',
  'integration',
  'int',
  'perf',
]);

/** Written with a separator these would read as "prod" once split: `pre-prod`, `non_prod`. */
const JOINED_PRE_PRODUCTION = /^(pre|non)[-_. ]?prod(uction)?$/;

export function environmentStage(name: string): EnvironmentStage {
  const lower = name.toLowerCase().trim();
  if (JOINED_PRE_PRODUCTION.test(lower)) return 'pre-production';
  const tokens = lower
    .split(/[-_. /]+/)
    .map((token) => token.replace(/\d+$/, ''))
    .filter((token) => token.length > 0);
  if (tokens.some((token) => PRODUCTION.has(token))) return 'production';
  if (tokens.some((token) => PRE_PRODUCTION.has(token))) return 'pre-production';
  return 'unknown';
}

/** A folder named exactly after an environment (`k8s/prod/`), not merely containing one (`dev-tools/`). */
export function isEnvironmentWord(segment: string): boolean {
  const word = segment.toLowerCase().replace(/\d+$/, '');
  return PRODUCTION.has(word) || PRE_PRODUCTION.has(word);
}
