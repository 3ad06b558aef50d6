import { Command, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { AGGREGATE_FORMATS, parseJobs, type AggregateOptions, type Output } from './aggregate-options.js';

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
    .action(async (inputs: string[], options: AggregateOptions) => (await import('./aggregate.js')).runAggregate(inputs, options, out));
}
