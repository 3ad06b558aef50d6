import path from 'node:path';
import type { ParsedFiles } from '../../repo/parsed-files.js';
import { asRecord } from '../../util/records.js';
import type { RepoIndex } from '../../repo/repo-index.js';
import { commandLines, type CommandLine } from './shell.js';

/** A command found by following another command into the repository (a Makefile recipe, a script line). */
export type ResolvedCommand = CommandLine;

export interface ScriptContext {
  readonly index: RepoIndex;
  readonly parsed: ParsedFiles;
}

/** How deep `make a` → `bash b.sh` → `make c` is followed; deeper chains are rare and may loop. */
const MAX_DEPTH = 3;
/** Commands collected per top-level command, so a huge script cannot blow up the facts. */
const MAX_COMMANDS = 300;

const MAKEFILES = ['Makefile', 'makefile', 'GNUmakefile'];
const WRAPPER = /^(?:sudo\s+|env\s+|time\s+|[A-Za-z_][A-Za-z0-9_]*=\S*\s+|(?:uv|poetry|pipenv|pdm|hatch|rye)\s+run\s+)+/;
/** `make [-C dir] [-f file] [other flags] target...` ($(MAKE) inside recipes too). */
const MAKE = /^(?:make|\$\(MAKE\)|\$\{MAKE\})(\s.*)?$/;
/** `bash x.sh`, `sh -e x.sh`, `source x.sh`, `./x.sh`, `scripts/x.sh` */
const SCRIPT = /^(?:(?:bash|sh|zsh|source|\.)\s+(?:-\S+\s+)*)?(\.{0,2}\/?[\w./-]+\.(?:sh|bash))(?:\s|$)/;
/** `anyscale job(s) submit [--config-file] job.yaml` (https://docs.anyscale.com/reference/job-api). */
const ANYSCALE_SUBMIT = /^anyscale\s+jobs?\s+submit\b(.*)$/;

/**
 * The commands a shell command runs inside the repository, followed at most MAX_DEPTH levels: a `make`
 * target's recipe (prerequisites included), a repository shell script's lines, and the `entrypoint` of an
 * Anyscale job config it submits. Unknown commands and targets resolve to nothing; nothing throws.
 */
export function followCommand(context: ScriptContext, command: string, from: string): ResolvedCommand[] {
  const found: ResolvedCommand[] = [];
  const visited = new Set<string>();
  const visit = (text: string, origin: string, depth: number): void => {
    if (depth > MAX_DEPTH || found.length >= MAX_COMMANDS) return;
    for (const segment of text.split(/&&|\|\||;/)) {
      for (const next of expand(context, segment.trim().replace(WRAPPER, ''), origin)) {
        const key = `${next.file}:${next.line}`;
        if (visited.has(key) || found.length >= MAX_COMMANDS) continue;
        visited.add(key);
        found.push(next);
        visit(next.run, next.file, depth + 1);
      }
    }
  };
  visit(command, from, 1);
  return found;
}

/** One level: the commands `command` runs directly, or nothing when it is not followed. */
function expand(context: ScriptContext, command: string, origin: string): readonly ResolvedCommand[] {
  const make = MAKE.exec(command);
  if (make) return makeRecipes(context, make[1] ?? '');
  const submit = ANYSCALE_SUBMIT.exec(command);
  if (submit) return anyscaleEntrypoint(context, submit[1] ?? '', origin);
  const script = SCRIPT.exec(command)?.[1];
  if (script) return scriptLines(context, script, origin);
  return [];
}

function scriptLines(context: ScriptContext, reference: string, origin: string): readonly ResolvedCommand[] {
  const file = inRepo(context.index, reference, origin);
  if (file === null) return [];
  // Read once per scan: 10,000 CI steps calling `./ci.sh` read the script once, not once per step.
  return context.parsed.derived.perFile(readScript, file);
}

function readScript(parsed: ParsedFiles, file: string): readonly ResolvedCommand[] {
  const text = parsed.index.text(file);
  if (text === null) return [];
  return commandLines(text, file, 1, parsed.lines(file));
}

/** A repository path as the working directory (the root) sees it, else as the calling file's folder does. */
function inRepo(index: RepoIndex, reference: string, origin: string): string | null {
  const fromRoot = path.posix.normalize(reference.replace(/^\.\//, ''));
  if (!fromRoot.startsWith('..') && index.has(fromRoot)) return fromRoot;
  const fromOrigin = path.posix.normalize(path.posix.join(path.posix.dirname(origin), reference));
  return !fromOrigin.startsWith('..') && index.has(fromOrigin) ? fromOrigin : null;
}

function anyscaleEntrypoint(context: ScriptContext, args: string, origin: string): readonly ResolvedCommand[] {
  const reference = /(?:^|\s)(?:--config-file\s+|-f\s+)?([\w./-]+\.ya?ml)\b/.exec(args)?.[1];
  const file = reference ? inRepo(context.index, reference, origin) : null;
  if (file === null) return [];
  return context.parsed.derived.perFile(readEntrypoint, file);
}

function readEntrypoint(parsed: ParsedFiles, file: string): readonly ResolvedCommand[] {
  const entrypoint = asRecord(parsed.yaml(file))?.entrypoint;
  if (typeof entrypoint !== 'string') return [];
  return [{ run: entrypoint.trim(), file, line: parsed.findLine(file, /^entrypoint\s*:/) }];
}

interface MakeCall {
  readonly makefile: string | null;
  readonly targets: readonly string[];
}

function parseMakeCall(index: RepoIndex, args: string): MakeCall {
  const words = args.trim().split(/\s+/).filter((w) => w !== '');
  let dir = '';
  let named: string | null = null;
  const targets: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (word === '-C' || word === '--directory') dir = words[++i] ?? '';
    else if (word === '-f' || word === '--file' || word === '--makefile') named = words[++i] ?? null;
    else if (word.startsWith('-') || word.includes('=')) continue;
    else targets.push(word);
  }
  const base = dir.replace(/^\.\//, '').replace(/\/$/, '');
  const candidates = named ? [named] : MAKEFILES;
  const makefile = candidates.map((name) => path.posix.normalize(path.posix.join(base || '.', name))).find((f) => index.has(f)) ?? null;
  return { makefile, targets };
}

/** The recipe lines of `make` targets, each target's prerequisites first (as make runs them). */
function makeRecipes(context: ScriptContext, args: string): ResolvedCommand[] {
  const { makefile, targets } = parseMakeCall(context.index, args);
  if (makefile === null) return [];
  const rules = context.parsed.derived.perFile(readMakefile, makefile);
  const wanted = targets.length > 0 ? targets : rules.defaultTarget ? [rules.defaultTarget] : [];
  const out: ResolvedCommand[] = [];
  const seen = new Set<string>();
  const run = (target: string, depth: number): void => {
    const rule = rules.byTarget.get(target);
    if (!rule || seen.has(target) || depth > MAX_DEPTH) return;
    seen.add(target);
    for (const prerequisite of rule.prerequisites) run(prerequisite, depth + 1);
    for (const recipe of rule.recipe) out.push({ run: recipe.text, file: makefile, line: recipe.line });
  };
  for (const target of wanted) run(target, 1);
  return out;
}

interface MakeRule {
  readonly prerequisites: readonly string[];
  readonly recipe: { readonly text: string; readonly line: number }[];
}

interface MakeRules {
  readonly byTarget: ReadonlyMap<string, MakeRule>;
  readonly defaultTarget: string | null;
}

/** Explicit rules of a Makefile: `target...: prerequisites` followed by tab-indented recipe lines. */
function readMakefile(parsed: ParsedFiles, makefile: string): MakeRules {
  return makeRules(parsed.lines(makefile));
}

function makeRules(lines: readonly string[]): MakeRules {
  const byTarget = new Map<string, MakeRule>();
  let defaultTarget: string | null = null;
  let current: MakeRule[] = [];
  lines.forEach((raw, i) => {
    if (raw.startsWith('\t')) {
      const text = raw.trim().replace(/^[@+-]+/, '').trim();
      if (text !== '' && !text.startsWith('#')) for (const rule of current) rule.recipe.push({ text, line: i + 1 });
      return;
    }
    // A trailing `## help text` comment (the self-documenting Makefile idiom) is not part of the rule.
    const header = /^([A-Za-z0-9_./%-]+(?:\s+[A-Za-z0-9_./%-]+)*)\s*::?(?!=)\s*([^;#]*)(?:;\s*([^#]*))?(?:#.*)?$/.exec(raw);
    if (!header) {
      if (raw.trim() !== '' && !raw.trim().startsWith('#')) current = [];
      return;
    }
    const prerequisites = (header[2] ?? '').trim().split(/\s+/).filter((p) => p !== '' && !p.startsWith('$'));
    current = (header[1] ?? '').split(/\s+/).map((target) => {
      const rule: MakeRule = byTarget.get(target) ?? { prerequisites: [], recipe: [] };
      byTarget.set(target, { prerequisites: [...rule.prerequisites, ...prerequisites], recipe: rule.recipe });
      return byTarget.get(target) as MakeRule;
    });
    const inline = header[3]?.trim();
    if (inline) for (const rule of current) rule.recipe.push({ text: inline, line: i + 1 });
    const first = header[1]?.split(/\s+/)[0];
    if (defaultTarget === null && first && !first.startsWith('.') && !first.includes('%')) defaultTarget = first;
  });
  return { byTarget, defaultTarget };
}
