import { AnswersFileError, MAX_ANSWERS_BYTES, parseAnswers } from '../answers/answers-file.js';
import { DEFAULT_ANSWERS_FILE, type HumanAnswer } from '../answers/human-answer.js';
import { scanSource } from '../engine/scan-commit.js';
import { buildReport, type Report } from '../report/report.js';
import { bisectFlip, buildTrend, flipsBetween, trendPoint, type Flip, type Trend, type TrendPoint } from '../report/trend.js';
import { renderTrendCsv, renderTrendJson, renderTrendMarkdown } from '../report/render-trend.js';
import { renderTrendHtml } from '../report/render-trend-html.js';
import type { IndexSource } from '../repo/repo-index.js';
import { entryKind, isDirectory } from '../repo/safe-read.js';
import { assertWritable, writeFileReplacing } from '../repo/safe-write.js';
import { CommitTrees, GitHistoryError, type Commit } from '../repo/tree-source.js';
import { ConfigError, parseConfig, type ScanConfig } from './config-file.js';
import { CONFIG_FILE } from './config-name.js';
import type { Every, Output, TrendFormat, TrendOptions } from './trend-options.js';
import { UsageError } from './usage-error.js';
import { reusingParses } from '../util/parse-reuse.js';

const MAX_CONFIG_BYTES = 64 * 1024;

function renderTrend(trend: Trend, format: TrendFormat): string {
  switch (format) {
    case 'json':
      return renderTrendJson(trend);
    case 'html':
      return renderTrendHtml(trend);
    case 'csv':
      return renderTrendCsv(trend);
    case 'markdown':
      return renderTrendMarkdown(trend);
  }
}

/** `mlops-scan trend`, once its options are parsed (trend-command.ts defines them). */
export async function runTrend(target: string, options: TrendOptions, out: Output): Promise<void> {
  if (entryKind(target) === 'missing') throw new UsageError(`no such directory: ${target}`);
  if (!isDirectory(target)) throw new UsageError(`not a directory: ${target}`);
  if (options.output) assertWritable(options.output);
  // A file unchanged between two points (the same blob) is parsed once for all of them.
  const trend = await reusingParses(() => computeTrend(target, options));
  if (options.every === 'tag' && trend.points.length === 1) out.stderr("mlops-scan: no tag on HEAD's first-parent line, so the trend is HEAD alone; try --every month or --every N\n");
  const text = renderTrend(trend, options.format);
  if (options.output) {
    writeFileReplacing(options.output, text);
    out.stderr(`mlops-scan: wrote the ${options.format} trend of ${trend.points.length} points to ${options.output}\n`);
  } else {
    out.stdout(text);
  }
}

async function computeTrend(target: string, options: TrendOptions): Promise<Trend> {
  const trees = await CommitTrees.open(target, () => undefined);
  if (typeof trees === 'string') throw new UsageError(`trend needs git history: ${trees}`);
  try {
    const history = await trees.firstParent();
    const chosen = await choosePoints(trees, history, options.every);
    const reports = new Map<string, Promise<Report>>();
    const reportAt = (commit: string): Promise<Report> => {
      let report = reports.get(commit);
      if (!report) {
        report = trees.at(commit).then((source) => reportOf(source, commit, options.config));
        reports.set(commit, report);
      }
      return report;
    };
    const points: TrendPoint[] = [];
    // One point after another: each scan already uses every core for parsing.
    for (const { commit, label } of chosen) points.push(trendPoint(await reportAt(commit.sha), new Date(commit.time * 1000), label));
    let flips: Flip[] = flipsBetween(points);
    if (options.pinpoint) {
      const answerAt = async (commit: string, id: number) => (await reportAt(commit)).answers.find((a) => a.id === id)?.answer;
      const pinned: Flip[] = [];
      for (const flip of flips) {
        const range = (await trees.firstParent(flip.range)).map((c) => c.sha);
        pinned.push({ ...flip, commit: await bisectFlip(flip, range, (commit) => answerAt(commit, flip.id)) });
      }
      flips = pinned;
    }
    return buildTrend(trees.root, String(options.every), points, flips);
  } catch (error) {
    if (error instanceof GitHistoryError) throw new UsageError(`cannot read the history of ${target}: ${error.message}`);
    throw error;
  }
}

/** The report at a commit, with the config and answers file the commit holds. */
async function reportOf(source: IndexSource, commit: string, useConfig: boolean): Promise<Report> {
  const at = commit.slice(0, 12);
  let config: ScanConfig | null = null;
  let human: ReadonlyMap<number, HumanAnswer> = new Map();
  try {
    const configText = useConfig ? textAt(source, CONFIG_FILE, MAX_CONFIG_BYTES) : null;
    config = configText === null ? null : parseConfig(configText, CONFIG_FILE);
    const name = config?.answers ?? DEFAULT_ANSWERS_FILE;
    const answersText = textAt(source, name, MAX_ANSWERS_BYTES);
    if (answersText !== null) human = parseAnswers(answersText, name).answers;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof AnswersFileError) {
      throw new UsageError(`at commit ${at}: ${error.message}${error instanceof ConfigError ? ' (--no-config skips it)' : ''}`);
    }
    throw error;
  }
  const scan = await scanSource(source, { ignore: config?.ignore ?? [] });
  return buildReport(scan, human);
}

function textAt(source: IndexSource, file: string, cap: number): string | null {
  if (!source.files.includes(file)) return null;
  const read = source.read(file, cap);
  return read.ok ? read.bytes.toString('utf8') : null;
}

interface ChosenPoint {
  readonly commit: Commit;
  readonly label: string;
}

async function choosePoints(trees: CommitTrees, history: readonly Commit[], every: Every): Promise<ChosenPoint[]> {
  const head = history.at(-1);
  if (!head) return [];
  const short = (commit: Commit): string => commit.sha.slice(0, 12);
  let chosen: ChosenPoint[];
  if (every === 'tag') {
    const byCommit = new Map<string, string[]>();
    for (const { tag, commit } of await trees.tags()) byCommit.set(commit, [...(byCommit.get(commit) ?? []), tag]);
    chosen = history.filter((c) => byCommit.has(c.sha)).map((commit) => ({ commit, label: (byCommit.get(commit.sha) ?? []).sort().join(', ') }));
  } else if (every === 'month') {
    const lastOfMonth = new Map<string, Commit>();
    for (const commit of history) lastOfMonth.set(new Date(commit.time * 1000).toISOString().slice(0, 7), commit);
    chosen = [...lastOfMonth].map(([month, commit]) => ({ commit, label: month }));
  } else {
    chosen = history.filter((_, i) => (history.length - 1 - i) % every === 0).map((commit) => ({ commit, label: short(commit) }));
  }
  // The trend always ends where the repository is now.
  if (chosen.at(-1)?.commit.sha !== head.sha) chosen.push({ commit: head, label: `HEAD (${short(head)})` });
  return chosen;
}

