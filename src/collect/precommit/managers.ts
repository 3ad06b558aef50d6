import path from 'node:path';
import type { ParsedFiles } from '../../repo/parsed-files.js';
import type { RepoIndex } from '../../repo/repo-index.js';
import { followCommand } from '../ci/scripts.js';
import { QUALITY_PURPOSES, type HookDefinition, type HookManager } from './model.js';
import { classifyHook } from './quality-tools.js';
import { asRecord } from '../../util/records.js';
import { escapeRegExp } from '../../util/regexp.js';
import { LineCursor } from './line-cursor.js';
import { append } from '../../util/arrays.js';

/** Git hooks that guard what gets committed or pushed; commit-msg hooks check messages, not code. */
const CODE_HOOKS = new Set(['pre-commit', 'pre-push', 'pre-merge-commit']);
const MESSAGE_HOOKS = new Set(['commit-msg', 'prepare-commit-msg']);

interface Context {
  readonly index: RepoIndex;
  readonly parsed: ParsedFiles;
}

/** How many checkers one hook may resolve to (a `make style` running five tools). */
const MAX_RESOLVED = 5;

/**
 * A hook classified by its id, name and command; a command that calls a repository Makefile target or
 * script is followed, and each quality tool it runs becomes its own definition.
 */
function hook(context: Context, tool: HookManager, at: { file: string; line: number | null }, name: string, gitHook: string, command: string | undefined, ...texts: (string | undefined)[]): HookDefinition[] {
  const own: HookDefinition = { tool, ...at, hook: name, ...(MESSAGE_HOOKS.has(gitHook) ? { purpose: 'housekeeping' as const, checker: null } : classifyHook(name, command, ...texts)) };
  if (MESSAGE_HOOKS.has(gitHook) || command === undefined) return [own];
  const found = new Map<string, HookDefinition>();
  for (const resolved of followCommand(context, command, at.file)) {
    const classified = classifyHook(resolved.run);
    if (!QUALITY_PURPOSES.has(classified.purpose) || classified.checker === null || found.has(classified.checker)) continue;
    found.set(classified.checker, { tool, ...at, hook: name, ...classified, resolved: { text: resolved.run, file: resolved.file, line: resolved.line } });
    if (found.size >= MAX_RESOLVED) break;
  }
  return found.size > 0 ? [...found.values()] : [own];
}

/** .pre-commit-config.yaml (https://pre-commit.com/#plugins): repos → hooks with an id, maybe entry/name/stages. */
export function preCommitHooks({ index, parsed }: Context, file: string): HookDefinition[] {
  const repos = asRecord(parsed.yaml(file))?.repos;
  if (!Array.isArray(repos)) return [];
  const cursor = new LineCursor(index.lines(file));
  const result: HookDefinition[] = [];
  for (const repo of repos as unknown[]) {
    const hooks = asRecord(repo)?.hooks;
    for (const entry of Array.isArray(hooks) ? (hooks as unknown[]) : []) {
      const item = asRecord(entry);
      if (!item || typeof item.id !== 'string') continue;
      const line = cursor.find(new RegExp(`\\bid:\\s*["']?${escapeRegExp(item.id)}["']?\\s*(#.*)?$`));
      // A hook limited to the manual stage never runs on commit.
      if (Array.isArray(item.stages) && item.stages.every((s) => s === 'manual')) continue;
      const args = Array.isArray(item.args) ? item.args.filter((a): a is string => typeof a === 'string') : [];
      const run = str(item.entry);
      const command = run === undefined ? undefined : [run, ...args].join(' ');
      append(result, hook({ index, parsed }, 'pre-commit', { file, line }, item.id, 'pre-commit', command, str(item.name)));
    }
  }
  return result;
}

/** .husky/pre-commit etc.: shell scripts; each command line is a hook. */
export function huskyHooks({ index, parsed }: Context, file: string): HookDefinition[] {
  const gitHook = path.posix.basename(file);
  if (!CODE_HOOKS.has(gitHook) && !MESSAGE_HOOKS.has(gitHook)) return [];
  return index.lines(file).flatMap((raw, i) => {
    const command = raw.trim();
    if (command === '' || command.startsWith('#') || /husky\.sh/.test(command)) return [];
    return hook({ index, parsed }, 'husky', { file, line: i + 1 }, command, gitHook, command);
  });
}

/** package.json: husky v4 `"husky": {"hooks": {...}}` and simple-git-hooks `"simple-git-hooks": {...}`. */
export function packageJsonHooks({ index, parsed }: Context, file: string): HookDefinition[] {
  const data = asRecord(parsed.json(file));
  const sources: [HookManager, Record<string, unknown> | null][] = [
    ['husky', asRecord(asRecord(data?.husky)?.hooks)],
    ['simple-git-hooks', asRecord(data?.['simple-git-hooks'])],
  ];
  return sources.flatMap(([tool, hooks]) =>
    Object.entries(hooks ?? {}).flatMap(([gitHook, command]) => {
      if (typeof command !== 'string' || (!CODE_HOOKS.has(gitHook) && !MESSAGE_HOOKS.has(gitHook))) return [];
      const line = parsed.findLine(file, new RegExp(`"${escapeRegExp(gitHook)}"\\s*:`));
      return hook({ index, parsed }, tool, { file, line }, command, gitHook, command);
    }),
  );
}

/** lefthook.yml (https://lefthook.dev): per git hook, `commands` (map), `jobs` (list) or `scripts` (map). */
export function lefthookHooks({ index, parsed }: Context, file: string): HookDefinition[] {
  const data = asRecord(parsed.yaml(file));
  const cursor = new LineCursor(index.lines(file));
  const result: HookDefinition[] = [];
  for (const [gitHook, value] of Object.entries(data ?? {})) {
    if (!CODE_HOOKS.has(gitHook) && !MESSAGE_HOOKS.has(gitHook)) continue;
    const section = asRecord(value);
    const named: [string, unknown][] = [
      ...Object.entries(asRecord(section?.commands) ?? {}),
      ...Object.entries(asRecord(section?.scripts) ?? {}),
      ...(Array.isArray(section?.jobs) ? (section.jobs as unknown[]) : []).map((job, i): [string, unknown] => [str(asRecord(job)?.name) ?? `job ${i + 1}`, job]),
    ];
    for (const [name, spec] of named) {
      const run = str(asRecord(spec)?.run);
      const line = cursor.find(new RegExp(escapeRegExp(run ?? name)));
      append(result, hook({ index, parsed }, 'lefthook', { file, line }, run ?? name, gitHook, run, name));
    }
  }
  return result;
}

/** .overcommit.yml (https://github.com/sds/overcommit): `PreCommit: {RuboCop: {enabled: true}}`. */
export function overcommitHooks({ index, parsed }: Context, file: string): HookDefinition[] {
  const data = asRecord(parsed.yaml(file));
  const cursor = new LineCursor(index.lines(file));
  const sections: [string, string][] = [['PreCommit', 'pre-commit'], ['PrePush', 'pre-push'], ['CommitMsg', 'commit-msg']];
  return sections.flatMap(([key, gitHook]) =>
    Object.entries(asRecord(data?.[key]) ?? {}).flatMap(([name, spec]) => {
      if (name === 'ALL' || asRecord(spec)?.enabled === false) return [];
      const kebab = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2');
      return hook({ index, parsed }, 'overcommit', { file, line: cursor.find(new RegExp(`^\\s+${escapeRegExp(name)}:`)) }, name, gitHook, undefined, kebab, str(asRecord(spec)?.command));
    }),
  );
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
