import type { DependencyLine } from './model.js';
import { condaSpecPinned, imagePinned, isInstallerItself, isLocalPath, pipRequirementPinned } from './pins.js';
import { logicalLines } from './requirements.js';

export interface DockerfileEnvironment {
  /** Base images (FROM) and packages installed by pip/conda in RUN steps. */
  readonly dependencies: readonly DependencyLine[];
  /** `pip install -r <file>` references, as written (container paths). */
  readonly requirementFiles: readonly string[];
}

/** Installers whose package arguments we judge; apt/apk packages follow the pinned base image's release. */
const INSTALLERS: readonly { readonly pattern: RegExp; readonly conda: boolean }[] = [
  { pattern: /\b(?:pip3?|python3?(?:\.\d+)?\s+-m\s+pip|uv\s+pip)\s+install\s+(.*)$/, conda: false },
  { pattern: /\b(?:conda|mamba|micromamba)\s+install\s+(.*)$/, conda: true },
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
      for (const command of rest.join(' ').split(/&&|\|\||;|\|/)) {
        judgeInstall(command, line, dependencies, requirementFiles);
      }
    }
  }
  return { dependencies, requirementFiles };
}

function judgeInstall(command: string, line: number, into: DependencyLine[], requirementFiles: string[]): void {
  for (const installer of INSTALLERS) {
    const tail = installer.pattern.exec(command)?.[1];
    if (tail === undefined) continue;
    const tokens = (tail.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map(unquote);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] ?? '';
      if (token.startsWith('-')) {
        if ((token === '-r' || token === '--requirement') && tokens[i + 1]) requirementFiles.push(tokens[i + 1] ?? '');
        if (VALUE_OPTIONS.has(token)) i++;
        continue;
      }
      if (token.includes('$') || isLocalPath(token) || token.endsWith('.txt') || isInstallerItself(token)) continue;
      const pinned = installer.conda ? condaSpecPinned(token) : pipRequirementPinned(token);
      if (pinned !== null) into.push({ line, text: token, pinned });
    }
    return;
  }
}

function substitute(image: string, args: ReadonlyMap<string, string>): string | null {
  const resolved = image.replace(/\$\{?(\w+)(?::-([^}]*))?\}?/g, (_, name: string, fallback?: string) => args.get(name) ?? fallback ?? '$');
  // An image built from an ARG without a default is chosen at build time: it cannot be judged here.
  return resolved.includes('$') || resolved === '' ? null : resolved;
}

function unquote(token: string): string {
  return token.replace(/^(["'])(.*)\1$/, '$2');
}
