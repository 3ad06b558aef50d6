import type { DependencyLine } from './model.js';
import { condaSpecPinned, imagePinned, isLocalPath, isPackagingTool, pipRequirementPinned } from './pins.js';
import { logicalLines } from './requirements.js';
import { shellCommands } from '../../util/shell.js';

export interface DockerfileEnvironment {
  /** Base images (FROM) and packages installed by pip/conda in RUN steps. */
  readonly dependencies: readonly DependencyLine[];
  /** `pip install -r <file>` references, as written (container paths). */
  readonly requirementFiles: readonly string[];
}

/**
 * Installers whose package arguments we judge, as the words that start them (a program may be named
 * by path: /opt/conda/bin/pip). apt/apk packages follow the pinned base image's release.
 */
const INSTALLERS: readonly { readonly words: readonly RegExp[]; readonly conda: boolean }[] = [
  { words: [/^pip(\d(\.\d+)?)?$/, /^install$/], conda: false },
  { words: [/^python(\d(\.\d+)?)?$/, /^-m$/, /^pip$/, /^install$/], conda: false },
  { words: [/^uv$/, /^pip$/, /^install$/], conda: false },
  { words: [/^(conda|mamba|micromamba)$/, /^install$/], conda: true },
];

/** Options that take a value (the value is not a package). */
const VALUE_OPTIONS = new Set([
  '-r', '--requirement', '-c', '--constraint', '-i', '--index-url', '--extra-index-url', '-f', '--find-links',
  '-t', '--target', '--prefix', '--root', '--trusted-host', '--platform', '--python-version', '--python', '-p',
  '-n', '--name', '--channel', '-e', '--editable', '--only-binary', '--no-binary', '--progress-bar',
]);

export function parseDockerfile(lines: readonly string[]): DockerfileEnvironment {
  const dependencies: DependencyLine[] = [];
  const requirementFiles: string[] = [];
  const args = new Map<string, string>();
  const stages = new Set<string>();
  for (const { line, text } of logicalLines(lines)) {
    const [instruction = '', ...rest] = text.split(/\s+/);
    const keyword = instruction.toUpperCase();
    if (keyword === 'ARG') {
      const [name, value] = (rest[0] ?? '').split('=');
      if (name && value !== undefined) args.set(name, unquote(value));
    } else if (keyword === 'FROM') {
      const operands = rest.filter((token) => !token.startsWith('--'));
      const image = substitute(operands[0] ?? '', args);
      const alias = operands[1]?.toUpperCase() === 'AS' ? operands[2] : undefined;
      const earlierStage = image !== null && (image === 'scratch' || stages.has(image.toLowerCase()));
      if (alias) stages.add(alias.toLowerCase());
      if (image === null || earlierStage) continue;
      dependencies.push({ line, text: `FROM ${image}`, pinned: imagePinned(image) });
    } else if (keyword === 'RUN') {
      for (const words of runCommands(rest.join(' '))) judgeInstall(words, line, dependencies, requirementFiles);
    }
  }
  return { dependencies, requirementFiles };
}

/** A RUN's commands: the exec form `["pip", "install", "x"]` is one command; the shell form is split. */
function runCommands(text: string): string[][] {
  const operands = text.replace(/^(--[\w-]+=\S+\s+)+/, ''); // BuildKit options: --mount=..., --network=...
  if (operands.startsWith('[')) {
    try {
      const exec: unknown = JSON.parse(operands);
      if (Array.isArray(exec) && exec.every((w) => typeof w === 'string')) return [exec as string[]];
    } catch {
      // Not valid JSON: Docker runs it through the shell too.
    }
  }
  return shellCommands(operands);
}

function judgeInstall(words: readonly string[], line: number, into: DependencyLine[], requirementFiles: string[]): void {
  for (const installer of INSTALLERS) {
    const start = installerAt(words, installer.words);
    if (start === -1) continue;
    const tokens = words.slice(start + installer.words.length);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] ?? '';
      if (token.startsWith('-')) {
        const attached = /^(?:-r|--requirement=)(.+)$/.exec(token)?.[1];
        if (attached) requirementFiles.push(attached);
        if ((token === '-r' || token === '--requirement') && tokens[i + 1]) requirementFiles.push(tokens[i + 1] ?? '');
        if (VALUE_OPTIONS.has(token)) i++;
        continue;
      }
      if (token.includes('$') || token.includes('`') || isLocalPath(token) || token.endsWith('.txt') || isPackagingTool(token)) continue;
      const pinned = installer.conda ? condaSpecPinned(token) : pipRequirementPinned(token);
      if (pinned !== null) into.push({ line, text: token, pinned });
    }
    return;
  }
}

/** Words that may stand before the program a command runs (`sudo -H pip install`, `then pip install`). */
const PREFIX_WORDS = new Set(['sudo', 'env', 'exec', 'time', 'nohup', 'command', 'then', 'do', 'else', '{', '!']);

/**
 * Where the installer's words start in a command, or -1. The installer must be the program the command
 * runs (after assignments and prefixes), matched by base name: `echo pip install x` installs nothing.
 */
function installerAt(words: readonly string[], pattern: readonly RegExp[]): number {
  const prefix = (word: string): boolean => PREFIX_WORDS.has(word) || /^(\w+=|-)/.test(word);
  let start = 0;
  while (start < words.length && prefix(words[start] ?? '')) start++;
  const base = (word: string): string => word.slice(word.lastIndexOf('/') + 1);
  const matches = pattern.every((p, k) => p.test(k === 0 ? base(words[start + k] ?? '') : (words[start + k] ?? '')));
  return matches ? start : -1;
}

function substitute(image: string, args: ReadonlyMap<string, string>): string | null {
  const resolved = image.replace(/\$\{?(\w+)(?::-([^}]*))?\}?/g, (_, name: string, fallback?: string) => args.get(name) ?? fallback ?? '$');
  // An image built from an ARG without a default is chosen at build time: it cannot be judged here.
  return resolved.includes('$') || resolved === '' ? null : resolved;
}

function unquote(token: string): string {
  return token.replace(/^(["'])(.*)\1$/, '$2');
}
