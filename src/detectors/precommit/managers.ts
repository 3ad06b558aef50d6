import path from 'node:path';
import type { ParsedFiles } from '../../repo/parsed-files.js';
import type { RepoIndex } from '../../repo/repo-index.js';
import type { HookDefinition, HookManager } from './model.js';
import { classifyHook } from './quality-tools.js';
import { asRecord } from '../../util/records.js';
import { escapeRegExp } from '../../util/regexp.js';
import { LineCursor } from './line-cursor.js';

/** Git hooks that guard what gets committed or pushed; commit-msg hooks check messages, not code. */
const CODE_HOOKS = new Set(['pre-commit', 'pre-push', 'pre-merge-commit']);
const MESSAGE_HOOKS = new Set(['commit-msg', 'prepare-commit-msg']);

interface Context {
  readonly index: RepoIndex;
  readonly parsed: ParsedFiles;
}

function hook(tool: HookManager, file: string, line: number | null, name: string, gitHook: string, ...texts: (string | undefined)[]): HookDefinition {
  const classified = MESSAGE_HOOKS.has(gitHook) ? { purpose: 'housekeeping' as const, checker: null } : classifyHook(name, ...texts);
  return { tool, file, line, hook: name, ...classified };
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
      result.push(hook('pre-commit', file, line, item.id, 'pre-commit', str(item.name), str(item.entry)));
    }
  }
  return result;
}

/** .husky/pre-commit etc.: shell scripts; each command line is a hook. */
export function huskyHooks({ index }: Context, file: string): HookDefinition[] {
  const gitHook = path.posix.basename(file);
  if (!CODE_HOOKS.has(gitHook) && !MESSAGE_HOOKS.has(gitHook)) return [];
  return index.lines(file).flatMap((raw, i) => {
    const command = raw.trim();
    if (command === '' || command.startsWith('#') || /husky\.sh/.test(command)) return [];
    return [hook('husky', file, i + 1, command, gitHook)];
  });
}

/** package.json: husky v4 `"husky": {"hooks": {...}}` and simple-git-hooks `"simple-git-hooks": {...}`. */
export function packageJsonHooks({ parsed }: Context, file: string): HookDefinition[] {
  const data = asRecord(parsed.json(file));
  const sources: [HookManager, Record<string, unknown> | null][] = [
    ['husky', asRecord(asRecord(data?.husky)?.hooks)],
    ['simple-git-hooks', asRecord(data?.['simple-git-hooks'])],
  ];
  return sources.flatMap(([tool, hooks]) =>
    Object.entries(hooks ?? {}).flatMap(([gitHook, command]) => {
      if (typeof command !== 'string' || (!CODE_HOOKS.has(gitHook) && !MESSAGE_HOOKS.has(gitHook))) return [];
      const line = parsed.findLine(file, new RegExp(`"${escapeRegExp(gitHook)}"\\s*:`));
      return [hook(tool, file, line, command, gitHook)];
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
      result.push(hook('lefthook', file, line, run ?? name, gitHook, name));
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
      return [hook('overcommit', file, cursor.find(new RegExp(`^\\s+${escapeRegExp(name)}:`)), name, gitHook, kebab, str(asRecord(spec)?.command))];
    }),
  );
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
