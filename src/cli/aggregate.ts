import { Command, InvalidArgumentError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { buildAggregate, type Aggregate, type AggregateRow } from '../report/aggregate.js';
import { AggregateInputError, rowsFromJson } from '../report/aggregate-input.js';
import { renderAggregateCsv, renderAggregateJson, renderAggregateMarkdown } from '../report/render-aggregate.js';
import { renderAggregateHtml } from '../report/render-aggregate-html.js';
import { entryKind, isDirectory, readNamedByUser } from '../repo/safe-read.js';
import { assertWritable, writeFileReplacing } from '../repo/safe-write.js';
import { scanInChildren } from '../repo/scan-processes.js';
import { jsonFilesUnder } from '../repo/report-files.js';
import { UsageError } from './usage-error.js';

export const AGGREGATE_FORMATS = ['markdown', 'html', 'csv', 'json'] as const;
export type AggregateFormat = (typeof AGGREGATE_FORMATS)[number];

interface AggregateOptions {
  readonly format: AggregateFormat;
  readonly output?: string;
  readonly reports: readonly string[];
  readonly jobs: number;
  readonly projects?: boolean;
}

interface Output {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** A JSON report is well under this (the same cap as --baseline). */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;

const HELP = `
Inputs:
  a .json file   a report made with --format json (or an aggregate, whose rows are merged)
  a folder       a repository, scanned here (in parallel, --jobs at a time)
  --reports DIR  every .json file under DIR (CI artefacts as actions/download-artifact lays them out)

Each row shows the tool and schema version it was made with; a report of an unknown schema is refused
(exit 2), and rows from several tool versions are pointed out.`;

/** `mlops-scan aggregate`: many repositories (or projects) side by side, the weakest criteria first. */
export function aggregateCommand(out: Output): Command {
  return new Command('aggregate')
    .description('one table of many repositories × sections (HTML: × criteria), from JSON reports or by scanning folders')
    .argument('[inputs...]', 'JSON reports and/or repository folders to scan')
    .addOption(new Option('-f, --format <format>', 'output format').choices(AGGREGATE_FORMATS).default('markdown'))
    .option('-o, --output <file>', 'write to FILE instead of stdout')
    .addOption(
      new Option('--reports <folder>', 'read every .json report under FOLDER (repeatable)').argParser((value: string, all: string[]) => [...all, value]).default([], 'none'),
    )
    .option('--projects', 'a row per ML project of each folder scanned (as mlops-scan --projects), after its whole-repository row')
    .addOption(new Option('-j, --jobs <n>', 'folders scanned at once').argParser(parseJobs).default(availableParallelism(), 'the number of cores'))
    .addHelpText('after', HELP)
    .action(async (inputs: string[], options: AggregateOptions) => {
      const aggregate = await aggregateInputs(inputs, options);
      const text = renderAggregate(aggregate, options.format);
      if (options.output) {
        writeFileReplacing(options.output, text);
        out.stderr(`mlops-scan: wrote the ${options.format} aggregate of ${aggregate.repositories.length} rows to ${options.output}\n`);
      } else {
        out.stdout(text);
      }
    });
}

export function renderAggregate(aggregate: Aggregate, format: AggregateFormat): string {
  switch (format) {
    case 'markdown':
      return renderAggregateMarkdown(aggregate);
    case 'html':
      return renderAggregateHtml(aggregate);
    case 'csv':
      return renderAggregateCsv(aggregate);
    case 'json':
      return renderAggregateJson(aggregate);
  }
}

async function aggregateInputs(inputs: readonly string[], options: AggregateOptions): Promise<Aggregate> {
  const reports: string[] = [];
  const folders: string[] = [];
  for (const input of inputs) {
    if (entryKind(input) === 'missing') throw new UsageError(`no such file or folder: ${input}`);
    if (isDirectory(input)) folders.push(input);
    else if (input.endsWith('.json')) reports.push(input);
    else throw new UsageError(`${input}: neither a .json report nor a folder to scan`);
  }
  for (const folder of options.reports) {
    if (!isDirectory(folder)) throw new UsageError(`--reports ${folder}: not a folder`);
    const found = await jsonFilesUnder(folder);
    if (found.length === 0) throw new UsageError(`--reports ${folder}: no .json file under it`);
    reports.push(...found);
  }
  if (reports.length + folders.length === 0) throw new UsageError('nothing to aggregate: give JSON reports, folders to scan, or --reports FOLDER');
  if (options.projects && folders.length === 0) throw new UsageError('--projects needs folders to scan');
  if (options.output) assertWritable(options.output);
  // The reports are checked before any scan starts, so a bad one fails in a second, not after the scans.
  const fromReports = reports.flatMap(readReport);
  const scanned = await scanFolders(folders, options);
  return buildAggregate([...fromReports, ...scanned]);
}

function readReport(file: string): AggregateRow[] {
  const read = readNamedByUser(file, MAX_REPORT_BYTES);
  if (!read.ok) throw new UsageError(`cannot read ${file}: ${read.reason}`);
  return rowsOrUsage(read.bytes.toString('utf8'), file);
}

async function scanFolders(folders: readonly string[], options: AggregateOptions): Promise<AggregateRow[]> {
  const args = ['--format', 'json', ...(options.projects ? ['--projects'] : [])];
  const results = await scanInChildren(folders, args, options.jobs);
  return results.flatMap((result, i) => {
    const folder = folders[i] ?? '';
    if (!result.ok) throw new UsageError(`${folder}: ${result.reason}`);
    return rowsOrUsage(result.stdout, folder);
  });
}

function rowsOrUsage(text: string, source: string): AggregateRow[] {
  try {
    return rowsFromJson(text, source);
  } catch (error) {
    if (error instanceof AggregateInputError) throw new UsageError(error.message);
    throw error;
  }
}

function parseJobs(value: string): number {
  const jobs = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(jobs >= 1 && jobs <= 256)) throw new InvalidArgumentError('expected a number of parallel scans from 1 to 256.');
  return jobs;
}
