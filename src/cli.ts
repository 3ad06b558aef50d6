import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { statSync, writeFileSync } from 'node:fs';
import { CRITERIA, SECTIONS } from '../rules/questionnaire.js';
import { scanRepository } from './engine/scan.js';
import { buildReport, type Report } from './report/report.js';
import { renderJson } from './report/render-json.js';
import { renderTerminal } from './report/render-terminal.js';
import { toolVersion } from './version.js';

/** An error the user caused (bad path, bad flag): one line on stderr, exit code 2. */
export class UsageError extends Error {}

const FORMATS = ['terminal', 'json'] as const;
type Format = (typeof FORMATS)[number];

interface ScanOptions {
  readonly format: Format;
  readonly output?: string;
  readonly color: boolean;
}

interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly isTty: boolean;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTty: Boolean(process.stdout.isTTY),
};

/** Runs the CLI; resolves to the process exit code. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name('mlops-scan')
    .description('Pre-answers the 60-statement MLOps Maturity Assessment from what a repository shows.')
    .version(toolVersion())
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined })
    .argument('[path]', 'repository folder to scan', '.')
    .addOption(new Option('-f, --format <format>', 'report format').choices(FORMATS).default('terminal'))
    .option('-o, --output <file>', 'write the report to FILE instead of stdout')
    .option('--no-color', 'plain terminal output')
    .action(async (target: string, options: ScanOptions) => {
      exitCode = await scanCommand(target, options, io);
    });

  program
    .command('questions')
    .description('list the 60 criteria of the assessment')
    .action(() => io.stdout(renderQuestions()));

  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      io.stderr(`mlops-scan: ${error.message.replace(/^error: /, '')}\n`);
      return 2;
    }
    if (error instanceof UsageError || error instanceof InvalidArgumentError) {
      io.stderr(`mlops-scan: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function scanCommand(target: string, options: ScanOptions, io: Io): Promise<number> {
  assertDirectory(target);
  const report = buildReport(await scanRepository(target));
  const text = render(report, options.format, { color: options.color && io.isTty && !options.output });
  if (options.output) {
    try {
      writeFileSync(options.output, text);
    } catch (error) {
      throw new UsageError(`cannot write ${options.output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  } else {
    io.stdout(text);
  }
  return 0;
}

function render(report: Report, format: Format, options: { color: boolean }): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'terminal':
      return renderTerminal(report, options);
  }
}

function assertDirectory(target: string): void {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(target).isDirectory();
  } catch {
    throw new UsageError(`no such directory: ${target}`);
  }
  if (!isDirectory) throw new UsageError(`not a directory: ${target}`);
}

function renderQuestions(): string {
  const lines: string[] = [];
  let section = 0;
  for (const c of CRITERIA) {
    if (c.section !== section) {
      section = c.section;
      lines.push(`${lines.length > 0 ? '\n' : ''}${section}. ${SECTIONS[c.section]}`);
    }
    const scope = c.appliesWhen === 'always' ? '' : ` [only with ${c.appliesWhen}]`;
    lines.push(`  ${String(c.id).padStart(2)}. ${c.statement}${scope}`);
  }
  return `${lines.join('\n')}\n`;
}
