import { isMap } from 'yaml';
import type { CiContext, CiReader } from '../../context.js';
import type { CiJob, CiPipeline, CiStep, CiTrigger } from '../../model.js';
import { usesStep } from '../../shell.js';
import { entries, get, inputsOf, items, lineOf, shellSteps, text, texts, yamlFile, type YamlFile } from '../../yaml-nodes.js';
import { append } from '../../../../util/arrays.js';

// https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions
const WORKFLOWS = '.github/workflows/*.{yml,yaml}';
const MAX_DEPTH = 8;
export const SYSTEM = 'github-actions';

export const reader: CiReader = {
  read(context) {
    const pipelines: CiPipeline[] = [];
    for (const file of context.index.matching(WORKFLOWS)) {
      const y = yamlFile(context.parsed, file);
      if (!y || !isMap(y.doc.contents)) continue;
      const root = y.doc.contents;
      const triggers = triggersOf(y, get(y, root, 'on'));
      pipelines.push({
        system: SYSTEM,
        file,
        name: text(y, get(y, root, 'name')) ?? file,
        triggers,
        jobs: jobsOf(context, y, get(y, root, 'jobs'), triggers, new Set([file]), ''),
      });
    }
    return pipelines;
  },
};

function triggersOf(y: YamlFile, on: ReturnType<typeof get>): CiTrigger[] {
  const line = lineOf(y, on);
  const named = texts(y, on);
  if (named.length > 0) return named.flatMap((event) => eventTriggers(y, event, null, line));
  return entries(y, on).flatMap((e) => eventTriggers(y, e.key, e.value, lineOf(y, e.keyNode)));
}

function eventTriggers(y: YamlFile, event: string, config: ReturnType<typeof get>, line: number | null): CiTrigger[] {
  const branches = (key: string): string[] | null => {
    const list = texts(y, get(y, config, key));
    return list.length > 0 ? list : null;
  };
  switch (event) {
    case 'push': {
      const tags = branches('tags');
      const heads = branches('branches');
      // A push filtered on tags only never runs for branch pushes; unfiltered, it runs for both.
      if (tags && !heads) return [{ kind: 'tag', patterns: tags, line }];
      const push: CiTrigger = { kind: 'push', branches: heads, line };
      return heads ? (tags ? [push, { kind: 'tag', patterns: tags, line }] : [push]) : [push, { kind: 'tag', patterns: null, line }];
    }
    case 'pull_request':
    case 'pull_request_target':
    case 'merge_group':
      return [{ kind: 'pull_request', branches: branches('branches'), line }];
    case 'release':
      return [{ kind: 'tag', patterns: null, line }];
    case 'schedule': {
      const crons = items(y, config).map((item) => ({ cron: text(y, get(y, item, 'cron')), node: get(y, item, 'cron') }));
      return crons.length > 0
        ? crons.map((c) => ({ kind: 'schedule', cron: c.cron, line: lineOf(y, c.node) ?? line }))
        : [{ kind: 'schedule', cron: null, line }];
    }
    case 'workflow_dispatch':
      return [{ kind: 'manual', line }];
    default:
      return [{ kind: 'other', event, line }];
  }
}

function jobsOf(
  context: CiContext,
  y: YamlFile,
  jobsNode: ReturnType<typeof get>,
  triggers: readonly CiTrigger[],
  visited: ReadonlySet<string>,
  prefix: string,
): CiJob[] {
  const jobs: CiJob[] = [];
  for (const { key, keyNode, value } of entries(y, jobsNode)) {
    const name = `${prefix}${text(y, get(y, value, 'name')) ?? key}`;
    const restricted = restrictByCondition(text(y, get(y, value, 'if')), triggers);
    const jobTriggers = restricted ?? triggers;
    const calls = text(y, get(y, value, 'uses'));
    if (calls?.startsWith('./') && visited.size < MAX_DEPTH) {
      const called = calls.slice(2).replace(/@.*$/, '');
      const inner = visited.has(called) ? null : yamlFile(context.parsed, called);
      if (inner) {
        const innerJobs = jobsOf(context, inner, get(inner, inner.doc.contents, 'jobs'), jobTriggers, new Set([...visited, called]), `${name} → `);
        append(jobs, innerJobs.map((job) => (restricted ? { ...job, triggers: job.triggers ?? restricted } : job)));
        continue;
      }
    }
    const steps = calls
      ? [usesStep(SYSTEM, calls, inputsOf(y, get(y, value, 'with')), y.file, lineOf(y, get(y, value, 'uses')))]
      : stepsOf(context, y, get(y, value, 'steps'), visited);
    jobs.push({
      name,
      file: y.file,
      line: lineOf(y, keyNode),
      steps,
      environment: environmentOf(y, get(y, value, 'environment')),
      ...(restricted ? { triggers: restricted } : {}),
    });
  }
  return jobs;
}

function stepsOf(context: CiContext, y: YamlFile, stepsNode: ReturnType<typeof get>, visited: ReadonlySet<string>): CiStep[] {
  const steps: CiStep[] = [];
  for (const step of items(y, stepsNode)) {
    const run = get(y, step, 'run');
    const script = text(y, run);
    if (script !== null) {
      append(steps, shellSteps(SYSTEM, y, run, script));
      continue;
    }
    const usesNode = get(y, step, 'uses');
    const uses = text(y, usesNode);
    if (uses === null) continue;
    steps.push(usesStep(SYSTEM, uses, inputsOf(y, get(y, step, 'with')), y.file, lineOf(y, usesNode)));
    if (uses.startsWith('./')) append(steps, compositeSteps(context, uses.slice(2), visited));
  }
  return steps;
}

/** Steps of a local composite action (`uses: ./path`), followed once per chain to avoid loops. */
function compositeSteps(context: CiContext, folder: string, visited: ReadonlySet<string>): CiStep[] {
  const dir = folder.replace(/\/+$/, '');
  const file = [`${dir}/action.yml`, `${dir}/action.yaml`].find((f) => context.index.has(f));
  if (!file || visited.has(file) || visited.size >= MAX_DEPTH) return [];
  const y = yamlFile(context.parsed, file);
  if (!y) return [];
  const runs = get(y, y.doc.contents, 'runs');
  if (text(y, get(y, runs, 'using')) !== 'composite') return [];
  return stepsOf(context, y, get(y, runs, 'steps'), new Set([...visited, file]));
}

function environmentOf(y: YamlFile, node: ReturnType<typeof get>): string | null {
  return text(y, node) ?? text(y, get(y, node, 'name'));
}

const EVENT_KINDS: Readonly<Record<string, readonly CiTrigger['kind'][]>> = {
  push: ['push', 'tag'],
  pull_request: ['pull_request'],
  pull_request_target: ['pull_request'],
  merge_group: ['pull_request'],
  release: ['tag'],
  schedule: ['schedule'],
  workflow_dispatch: ['manual'],
};

/**
 * The triggers a job's `if:` leaves, for the common guards (`github.event_name == 'push'`,
 * `github.ref == 'refs/heads/main'`, `startsWith(github.ref, 'refs/tags/')`); null when the condition
 * is absent or not one of these (an `||` or a negation may widen it, so the job keeps every trigger).
 */
function restrictByCondition(condition: string | null, triggers: readonly CiTrigger[]): CiTrigger[] | null {
  if (!condition || /\|\||!=|!\s*(startsWith|contains)/.test(condition)) return null;
  const events = [...condition.matchAll(/github\.event_name\s*==\s*['"](\w+)['"]/g)].map((m) => m[1] ?? '');
  if (events.length > 0) {
    const kinds = new Set(events.flatMap((event) => EVENT_KINDS[event] ?? []));
    return triggers.filter((t) => kinds.has(t.kind));
  }
  const branch = /github\.ref\s*==\s*['"]refs\/heads\/([^'"]+)['"]/.exec(condition)?.[1];
  if (branch) {
    return triggers
      .filter((t): t is Extract<CiTrigger, { kind: 'push' }> => t.kind === 'push')
      .map((t) => ({ kind: 'push', branches: [branch], line: t.line }));
  }
  if (/startsWith\(\s*github\.ref\s*,\s*['"]refs\/tags\//.test(condition)) return triggers.filter((t) => t.kind === 'tag');
  return null;
}
