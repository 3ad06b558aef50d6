import { Command, Option } from 'commander';
import { CONFIG_FILE } from './config-name.js';
import { parseEvery, TREND_FORMATS, type Output, type TrendOptions } from './trend-options.js';

const HELP = `
Points:
  --every tag     each tagged commit on HEAD's first-parent line, then HEAD (the default)
  --every month   the last commit of each month, then HEAD
  --every N       every Nth commit back from HEAD

Each point is scanned from the git object store (git ls-tree and cat-file): nothing is checked out and
the work tree, index and refs are not touched. Each point reads .mlops-scan.yaml and the answers file as
they were at that commit.`;

/** `mlops-scan trend`: maturity over a repository's history, offline; the scanner loads when it runs. */
export function trendCommand(out: Output): Command {
  return new Command('trend')
    .description("score per section over the repository's history, and the criteria that changed between points")
    .argument('[path]', 'repository folder', '.')
    .addOption(new Option('--every <when>', 'tag, month or a number of commits').argParser(parseEvery).default('tag'))
    .option('--pinpoint', 'bisect each change to the commit that made it')
    .addOption(new Option('-f, --format <format>', 'output format').choices(TREND_FORMATS).default('markdown'))
    .option('-o, --output <file>', 'write to FILE instead of stdout')
    .option('--no-config', `ignore ${CONFIG_FILE} at every point`)
    .addHelpText('after', HELP)
    .action(async (target: string, options: TrendOptions) => (await import('./trend.js')).runTrend(target, options, out));
}
