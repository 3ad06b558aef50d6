import { buildAggregate, type Aggregate, type AggregateRow } from '../report/aggregate.js';
import { AggregateInputError, rowsFromJson } from '../report/aggregate-input.js';
import { renderAggregateCsv, renderAggregateJson, renderAggregateMarkdown } from '../report/render-aggregate.js';
import { renderAggregateHtml } from '../report/render-aggregate-html.js';
import { entryKind, isDirectory, readNamedByUser } from '../repo/safe-read.js';
import { assertWritable, writeFileReplacing } from '../repo/safe-write.js';
import { scanInChildren } from '../repo/scan-processes.js';
import { jsonFilesUnder } from '../repo/report-files.js';
import type { AggregateFormat, AggregateOptions, Output } from './aggregate-options.js';
import { UsageError } from './usage-error.js';

/** A JSON report is well under this (the same cap as --baseline). */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;

/** `mlops-scan aggregate`, once its options are parsed (aggregate-command.ts defines them). */
export async function runAggregate(inputs: readonly string[], options: AggregateOptions, out: Output): Promise<void> {
  const aggregate = await aggregateInputs(inputs, options);
  const text = renderAggregate(aggregate, options.format);
  if (options.output) {
    writeFileReplacing(options.output, text);
    out.stderr(`mlops-scan: wrote the ${options.format} aggregate of ${aggregate.repositories.length} rows to ${options.output}\n`);
  } else {
    out.stdout(text);
  }
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

