import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import path from 'node:path';
import { DEFAULT_ANSWERS_FILE } from '../answers/human-answer.js';
import type { ScanResult } from '../engine/results.js';
import { progressLine } from './progress.js';
import { evidenceLinksFor, parseLinkBase } from './report-links.js';
import { aggregateCommand } from './aggregate-command.js';
import { trendCommand } from './trend-command.js';
import type { assessProjects } from './projects.js';
import type { Prompter } from './interactive/prompter.js';
import type { Report } from '../report/report.js';
import type { EvidenceLinks } from '../report/evidence-links.js';
import type { SarifOptions } from '../report/render-sarif.js';
import type { ScanConfig } from './config-file.js';
import { CONFIG_FILE } from './config-name.js';
import { BaselineError, describeRegression, exactScore, formatPercent, parseBaseline, regressionSince, type Baseline } from '../report/baseline.js';
import type { TerminalOptions } from '../report/render-terminal.js';
import { terminalSafe } from '../report/escape.js';
import { entryKind, isDirectory, leavesTree, readNamedByUser } from '../repo/safe-read.js';
import { assertWritable, WriteError, writeFileReplacing } from '../repo/safe-write.js';
import { toolVersion } from '../repo/tool-version.js';
import { UsageError } from './usage-error.js';

// Each command loads what it needs when it runs (the scanner, the report, the prompts), so `--version`,
// `--help` and `questions` start without loading the scanner and its parsers.

export { UsageError };

const FORMATS = ['terminal', 'json', 'markdown', 'html', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

const EXIT_CODES_HELP = `
Exit codes:
  0    the scan ran (and passed --fail-under and --baseline when given)
  1    below --fail-under, or a regression since --baseline (stderr says which)
  2    a usage or input error (one line on stderr)
  130  --interactive interrupted with Ctrl-C (the answers given so far are saved)`;

/** Exit code after Ctrl-C during --interactive (128 + SIGINT, as shells report it); answers are kept. */
export const EXIT_INTERRUPTED = 130;

interface ScanOptions {
  readonly format: Format;
  readonly output?: string;
  readonly color: boolean;
  readonly interactive?: boolean;
  readonly answers?: string;
  readonly failUnder?: number;
  readonly details?: boolean;
  readonly quiet?: boolean;
  readonly sarifUnanswered?: boolean;
  readonly baseline?: string;
  /** The repository's web address for evidence links (already reduced by parseLinkBase). */
  readonly linkBase?: string;
  readonly projects?: boolean;
  /** false with --no-config. */
  readonly config: boolean;
}

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** stdout is a terminal (colours). */
  readonly isTty: boolean;
  /** stderr is a terminal: a long scan shows its progress there. */
  readonly stderrIsTty?: boolean;
  /** How long a scan runs before its progress shows (tests set 0). */
  readonly progressAfterMs?: number;
  /** The terminal's width in columns, when stdout is one. */
  readonly columns?: number;
  /** NO_COLOR and FORCE_COLOR are read from here (https://no-color.org). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** stdin and stdout are both terminals, so a person can be asked (--interactive). */
  readonly canPrompt?: boolean;
  /** The prompts of --interactive; tests script them. */
  readonly prompter?: Prompter;
  readonly now?: () => Date;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTty: Boolean(process.stdout.isTTY),
  stderrIsTty: Boolean(process.stderr.isTTY),
  columns: process.stdout.columns,
  env: process.env,
  canPrompt: Boolean(process.stdin.isTTY && process.stdout.isTTY),
};

/** Runs the CLI; resolves to the process exit code. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name('mlops-scan')
    .description('Pre-answers the 60-statement MLOps Maturity Assessment from what a repository shows.')
    .version(toolVersion())
    .exitOverride()
    // A subcommand's own options (questions --format) are its own, not the scan's.
    .enablePositionalOptions()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined })
    .argument('[path]', 'repository folder to scan', '.')
    .addOption(new Option('-f, --format <format>', 'report format').choices(FORMATS).default('terminal'))
    .option('-o, --output <file>', 'write the report to FILE instead of stdout')
    .option('--details', 'terminal report: every criterion with its evidence, after the summary')
    .addOption(new Option('--verbose', 'the same as --details').implies({ details: true }))
    .option('-q, --quiet', 'print only the summary line (score and verdict)')
    .option('--no-color', 'plain terminal output (also NO_COLOR=1; FORCE_COLOR=1 colours a pipe)')
    .option('-i, --interactive', 'answer the unanswered criteria, saving to the answers file (needs a terminal)')
    .option('--answers <file>', `answers file to read (and write with --interactive); default: <path>/${DEFAULT_ANSWERS_FILE}`)
    .option('--fail-under <pct>', 'exit 1 when the overall score is below PCT (0-100), for CI', parsePercent)
    .option('--baseline <report>', 'exit 1 when a criterion that was yes in this earlier JSON report is not now, or the score fell')
    .option('--link-base <url>', "markdown and html: link evidence to this repository web address at the scanned commit (default: the git remote, when its host is GitHub, GitLab, Bitbucket or Azure DevOps)", parseLinkBase)
    .option('--no-config', `ignore the scanned repository's ${CONFIG_FILE}`)
    .option('--sarif-unanswered', 'with --format sarif: also report unanswered criteria (level note), not only no')
    .option('--projects', 'assess each ML project of a monorepo (and the repository as a whole): a table of projects')
    .addHelpText('after', EXIT_CODES_HELP)
    .action(async (target: string, options: ScanOptions) => {
      exitCode = await scanCommand(target, options, io);
    });

  program
    .command('questions')
    .description('list the 60 criteria of the assessment')
    .addOption(new Option('-f, --format <format>', 'list format').choices(['text', 'json']).default('text'))
    .action(async (options: { format: 'text' | 'json' }) => {
      const { renderQuestions, renderQuestionsJson } = await import('../report/render-questions.js');
      io.stdout(options.format === 'json' ? renderQuestionsJson() : renderQuestions());
    });

  program.addCommand(aggregateCommand(io));
  program.addCommand(trendCommand(io));

  program
    .command('explain')
    .description('what a criterion means, what the scanner looks for and how to reach yes')
    .argument('<id>', 'criterion id, 1-60')
    .action(async (id: string) => {
      const { renderExplain } = await import('../report/render-explain.js');
      const text = /^\d+$/.test(id) ? renderExplain(Number(id)) : null;
      if (text === null) throw new UsageError(`unknown criterion id: ${id} (ids are 1-60, see \`mlops-scan questions\`)`);
      io.stdout(text);
    });

  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      io.stderr(`mlops-scan: ${error.message.replace(/^error: /, '')}\n`);
      return 2;
    }
    const userError = error instanceof UsageError || error instanceof InvalidArgumentError || error instanceof WriteError || error instanceof BaselineError;
    if (error instanceof Error && (userError || (await isScanInputError(error)))) {
      // The message may quote the scanned repository's config or answers file: its values, keys, file name.
      io.stderr(`mlops-scan: ${terminalSafe(error.message)}\n`);
      return 2;
    }
    throw error;
  }
}

/** The scan's own input errors; their modules are loaded already whenever one was thrown. */
async function isScanInputError(error: unknown): Promise<boolean> {
  const [{ AnswersFileError }, { NothingToScanError }, { ConfigError }] = await Promise.all([
    import('../answers/answers-file.js'),
    import('../engine/scan.js'),
    import('./config-file.js'),
  ]);
  return error instanceof AnswersFileError || error instanceof NothingToScanError || error instanceof ConfigError;
}

async function scanCommand(target: string, options: ScanOptions, io: Io): Promise<number> {
  const [{ loadAnswersFile }, { scanRepository }, { buildReport }, { ConfigError, loadConfig }] = await Promise.all([
    import('../answers/answers-file.js'),
    import('../engine/scan.js'),
    import('../report/report.js'),
    import('./config-file.js'),
  ]);
  assertDirectory(target);
  if (options.sarifUnanswered && options.format !== 'sarif') throw new UsageError('--sarif-unanswered needs --format sarif');
  if (options.interactive && !(io.canPrompt ?? false)) {
    throw new UsageError('--interactive needs a terminal (stdin and stdout must be a TTY); nothing was changed');
  }
  // The repository's config narrows or describes; every flag wins over it.
  const config = options.config ? loadConfig(target) : null;
  const bar = options.failUnder ?? config?.failUnder ?? null;
  const failUnder = bar === null ? null : { percent: bar, from: options.failUnder !== undefined ? '--fail-under' : `fail-under in ${CONFIG_FILE}` };
  if (options.answers === undefined && config?.answers && leavesTree(target, config.answers)) {
    throw new ConfigError(`${CONFIG_FILE}: answers ${config.answers} leads out of the repository through a symlink; not read or written (name the file with --answers)`);
  }
  const answersPath = options.answers ?? path.join(target, config?.answers ?? DEFAULT_ANSWERS_FILE);
  if (options.answers && !options.interactive && entryKind(answersPath) === 'missing') throw new UsageError(`no such answers file: ${answersPath}`);
  // Everything a user can get wrong is found before the scan, not after it.
  if (options.output) assertWritable(options.output);
  const baseline = loadBaseline(options.baseline);
  if (options.projects) return projectsCommand(target, config, { path: answersPath, origin: options.answers ? 'user' : 'repository' }, options, io);
  let answers = loadAnswersFile(answersPath, options.answers ? 'user' : 'repository');
  if (options.interactive) {
    assertWritable(answersPath);
    assertWritable(`${answersPath}.bak`);
  }
  const progress = io.stderrIsTty ? progressLine(io.stderr, io.progressAfterMs) : null;
  let scan: ScanResult;
  try {
    scan = await scanRepository(target, { ignore: config?.ignore ?? [], ...(progress ? { progress: progress.update } : {}) });
  } finally {
    progress?.done();
  }
  if (options.interactive) {
    const [{ inquirerPrompter }, { runSession }, { gitUserName }] = await Promise.all([
      import('./interactive/prompter.js'),
      import('./interactive/session.js'),
      import('../repo/git.js'),
    ]);
    const who = await gitUserName();
    const session = await runSession({
      auto: buildReport(scan).answers,
      file: answers,
      prompter: io.prompter ?? inquirerPrompter,
      write: io.stdout,
      who,
      now: io.now ?? (() => new Date()),
    });
    answers = session.file;
    if (session.interrupted) {
      io.stderr(`mlops-scan: interrupted; ${session.recorded} answer(s) saved in ${terminalSafe(answersPath)}\n`);
      return EXIT_INTERRUPTED;
    }
    io.stderr(`mlops-scan: ${session.recorded} answer(s) saved in ${terminalSafe(answersPath)}\n`);
  }
  const report = buildReport(scan, answers.answers);
  const terminal = { color: useColor(options, io), width: terminalWidth(io), details: options.details ?? false };
  const text =
    options.quiet && options.format === 'terminal'
      ? `${(await import('../report/render-terminal.js')).verdict(report)}\n`
      : await render(report, options.format, terminal, sarifOptions(target, options), evidenceLinksFor(target, scan.commit, options.linkBase));
  if (options.output) {
    writeFileReplacing(options.output, text);
    io.stderr(`mlops-scan: wrote the ${options.format} report to ${options.output}\n`);
  } else {
    io.stdout(text);
  }
  return gate(report, failUnder, baseline, io);
}

/** `--projects`: one row per ML project; the options that judge one report do not apply to a table. */
async function projectsCommand(target: string, config: ScanConfig | null, answers: Parameters<typeof assessProjects>[2], options: ScanOptions, io: Io): Promise<number> {
  const single = options.interactive ? '--interactive' : options.baseline ? '--baseline' : options.failUnder !== undefined ? '--fail-under' : options.quiet ? '--quiet' : null;
  if (single) throw new UsageError(`${single} judges one report and cannot be combined with --projects`);
  if (options.format === 'sarif') throw new UsageError('--projects has no SARIF format (use json, markdown or html)');
  const [{ assessProjects }, { renderAggregate }] = await Promise.all([import('./projects.js'), import('./aggregate.js')]);
  const aggregate = await assessProjects(target, config, answers);
  const text = renderAggregate(aggregate, options.format === 'terminal' ? 'markdown' : options.format);
  if (options.output) {
    writeFileReplacing(options.output, text);
    io.stderr(`mlops-scan: wrote the ${options.format} table of ${aggregate.repositories.length - 1} project(s) to ${options.output}\n`);
  } else {
    io.stdout(text);
  }
  return 0;
}

/** Exit 1, saying why on stderr, when the score is under --fail-under or anything regressed since --baseline. */
function gate(report: Report, failUnder: { readonly percent: number; readonly from: string } | null, baseline: Baseline | null, io: Io): number {
  const reasons: string[] = [];
  // The exact share, not the rounded percent shown, so 79.6% does not pass a bar of 80.
  const score = exactScore(report.answers);
  if (failUnder && score < failUnder.percent) reasons.push(`score ${formatPercent(score)} is below ${formatPercent(failUnder.percent)} (${failUnder.from})`);
  const regression = baseline ? regressionSince(baseline, report) : null;
  if (regression) reasons.push(...describeRegression(regression).map((line) => `${line} (--baseline)`));
  for (const reason of reasons) io.stderr(`mlops-scan: ${reason}\n`);
  return reasons.length > 0 ? 1 : 0;
}

/** The --baseline report, read before the scan so a wrong path fails fast. */
function loadBaseline(file: string | undefined): Baseline | null {
  if (file === undefined) return null;
  const read = readNamedByUser(file, MAX_BASELINE_BYTES);
  if (!read.ok) throw new BaselineError(`cannot read the baseline report ${file}: ${read.reason}`);
  return parseBaseline(read.bytes.toString('utf8'), file);
}

/** A JSON report of 60 answers with evidence is well under this. */
const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

/**
 * Colour only for a person at a terminal: `--no-color` and a report written to a file are plain;
 * FORCE_COLOR (not 0) colours a pipe; NO_COLOR (any value) turns colour off (https://no-color.org).
 */
function useColor(options: ScanOptions, io: Io): boolean {
  if (!options.color || options.output) return false;
  const force = io.env?.['FORCE_COLOR'];
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if ((io.env?.['NO_COLOR'] ?? '') !== '') return false;
  return io.isTty;
}

/** The terminal's width, or 100 columns for a pipe or a file. */
const FALLBACK_WIDTH = 100;
const MIN_WIDTH = 40;

function terminalWidth(io: Io): number {
  return io.isTty && io.columns ? Math.max(MIN_WIDTH, io.columns) : FALLBACK_WIDTH;
}

function parsePercent(value: string): number {
  const percent = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (!(percent >= 0 && percent <= 100)) throw new InvalidArgumentError('expected a percentage from 0 to 100.');
  return percent;
}

/** Files at the scanned root a SARIF result may point at; a link or anything but a regular file is not one. */
const REPOSITORY_FILES = ['README.md', 'README.rst', 'README.txt', 'README', 'pyproject.toml', 'setup.py', 'requirements.txt'];

function sarifOptions(target: string, options: ScanOptions): SarifOptions {
  const isFile = (file: string): boolean => entryKind(path.join(target, file)) === 'file';
  return { unanswered: options.sarifUnanswered ?? false, isFile, fallbackFile: REPOSITORY_FILES.find(isFile) ?? 'README.md' };
}

async function render(report: Report, format: Format, options: TerminalOptions, sarif: SarifOptions, links: EvidenceLinks): Promise<string> {
  switch (format) {
    case 'sarif':
      return (await import('../report/render-sarif.js')).renderSarif(report, sarif);
    case 'json':
      return (await import('../report/render-json.js')).renderJson(report);
    case 'terminal':
      return (await import('../report/render-terminal.js')).renderTerminal(report, options);
    case 'markdown':
      return (await import('../report/render-markdown.js')).renderMarkdown(report, links);
    case 'html':
      return (await import('../report/render-html.js')).renderHtml(report, links);
  }
}

function assertDirectory(target: string): void {
  if (entryKind(target) === 'missing') throw new UsageError(`no such directory: ${target}`);
  if (!isDirectory(target)) throw new UsageError(`not a directory: ${target}`);
}

