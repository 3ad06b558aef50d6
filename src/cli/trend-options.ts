import { InvalidArgumentError } from 'commander';

/** What `mlops-scan trend` takes, apart from the code that runs it, so `--help` loads no scanner. */
export const TREND_FORMATS = ['markdown', 'html', 'json', 'csv'] as const;
export type TrendFormat = (typeof TREND_FORMATS)[number];

export interface TrendOptions {
  readonly every: Every;
  readonly pinpoint?: boolean;
  readonly format: TrendFormat;
  readonly output?: string;
  readonly config: boolean;
}

export type Every = 'tag' | 'month' | number;

export interface Output {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** `--every`: tag, month or a number of commits. */
export function parseEvery(value: string): Every {
  if (value === 'tag' || value === 'month') return value;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1)) throw new InvalidArgumentError('expected tag, month or a number of commits (1 or more).');
  return n;
}
