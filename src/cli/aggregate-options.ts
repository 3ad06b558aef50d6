import { InvalidArgumentError } from 'commander';

/** What `mlops-scan aggregate` takes, apart from the code that runs it, so `--help` loads no report code. */
export const AGGREGATE_FORMATS = ['markdown', 'html', 'csv', 'json'] as const;
export type AggregateFormat = (typeof AGGREGATE_FORMATS)[number];

export interface AggregateOptions {
  readonly format: AggregateFormat;
  readonly output?: string;
  readonly reports: readonly string[];
  readonly jobs: number;
  readonly projects?: boolean;
}

export interface Output {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** `--jobs`: how many folders are scanned at once. */
export function parseJobs(value: string): number {
  const jobs = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(jobs >= 1 && jobs <= 256)) throw new InvalidArgumentError('expected a number of parallel scans from 1 to 256.');
  return jobs;
}
