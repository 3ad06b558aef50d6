import type { Node } from 'yaml';
import { distinctTriggers, type CiReader } from '../../context.js';
import type { CiJob, CiPipeline, CiStep, CiTrigger } from '../../model.js';
import { usesStep } from '../../shell.js';
import { entries, get, inputsOf, items, lineOf, shellSteps, text, texts, yamlFile, type YamlFile } from '../../yaml-nodes.js';

export const SYSTEM = 'circleci';

// https://circleci.com/docs/configuration-reference/
const CONFIG = '.circleci/config.yml';
const BUILT_IN_STEPS = new Set(['checkout', 'setup_remote_docker', 'save_cache', 'restore_cache', 'store_artifacts', 'store_test_results', 'persist_to_workspace', 'attach_workspace', 'add_ssh_keys']);
const MAX_DEPTH = 8;

export const reader: CiReader = {
  read(context) {
    const y = yamlFile(context.parsed, CONFIG);
    if (!y) return [];
    const root = y.doc.contents;
    const commands = new Map(entries(y, get(y, root, 'commands')).map((e) => [e.key, e.value] as const));
    const jobDefs = new Map(entries(y, get(y, root, 'jobs')).map((e) => [e.key, e] as const));

    const steps = (list: Node | null, seen: ReadonlySet<string>): CiStep[] =>
      items(y, list).flatMap((step): CiStep[] => {
        const name = text(y, step);
        if (name !== null) return named(name, null, lineOf(y, step), seen);
        const [first] = entries(y, step);
        if (!first) return [];
        if (first.key === 'run') {
          const command = get(y, first.value, 'command') ?? first.value;
          const script = text(y, command);
          return script === null ? [] : shellSteps(SYSTEM, y, command, script);
        }
        if (first.key === 'when' || first.key === 'unless') return steps(get(y, first.value, 'steps'), seen);
        return named(first.key, first.value, lineOf(y, first.keyNode), seen);
      });
    // A local command expands to its steps; anything else with a slash is an orb command.
    const named = (name: string, params: Node | null, line: number | null, seen: ReadonlySet<string>): CiStep[] => {
      if (BUILT_IN_STEPS.has(name)) return [];
      const local = commands.get(name);
      if (local !== undefined) return seen.has(name) || seen.size > MAX_DEPTH ? [] : steps(get(y, local, 'steps'), new Set([...seen, name]));
      return [usesStep(SYSTEM, name, inputsOf(y, params), CONFIG, line)];
    };

    return entries(y, get(y, root, 'workflows'))
      .filter((workflow) => workflow.key !== 'version')
      .map((workflow): CiPipeline => {
        const schedules = items(y, get(y, workflow.value, 'triggers')).map((t): CiTrigger => {
          const cron = get(y, get(y, t, 'schedule'), 'cron');
          return { kind: 'schedule', cron: text(y, cron), line: lineOf(y, cron ?? t) };
        });
        const refs = items(y, get(y, workflow.value, 'jobs')).map((ref) => jobReference(y, ref));
        const approvals = new Set(refs.filter((r) => text(y, get(y, r.config, 'type')) === 'approval').map((r) => r.name));
        const gatedJobs = approvalGated(y, refs, approvals);
        const jobs = refs
          .filter((ref) => !approvals.has(ref.name))
          .map((ref): CiJob => {
            const def = jobDefs.get(ref.job);
            const gated = gatedJobs.has(ref.name);
            const triggers: CiTrigger[] = gated ? [{ kind: 'manual', line: lineOf(y, ref.node) }] : schedules.length > 0 ? schedules : filterTriggers(y, get(y, ref.config, 'filters'), lineOf(y, ref.node));
            return {
              name: ref.name,
              file: CONFIG,
              line: lineOf(y, def?.keyNode ?? ref.node),
              steps: def ? steps(get(y, def.value, 'steps'), new Set()) : [usesStep(SYSTEM, ref.job, inputsOf(y, ref.config), CONFIG, lineOf(y, ref.node))],
              environment: null,
              triggers,
            };
          });
        return { system: SYSTEM, file: CONFIG, name: workflow.key, triggers: distinctTriggers(jobs.flatMap((j) => j.triggers ?? [])), jobs };
      });
  },
};

interface JobReference {
  readonly job: string;
  readonly name: string;
  readonly node: Node;
  readonly config: Node | null;
}

function jobReference(y: YamlFile, ref: Node): JobReference {
  const plain = text(y, ref);
  if (plain !== null) return { job: plain, name: plain, node: ref, config: null };
  const [first] = entries(y, ref);
  const job = first?.key ?? '?';
  return { job, name: text(y, get(y, first?.value, 'name')) ?? job, node: first?.keyNode ?? ref, config: first?.value ?? null };
}

/**
 * The jobs that `require` an approval job, directly or through others: they wait for a person. Found
 * by walking the `requires` edges backwards from the approval jobs, once each, so a 10,000-job chain
 * is linear and needs no deep recursion.
 */
function approvalGated(y: YamlFile, refs: readonly JobReference[], approvals: ReadonlySet<string>): ReadonlySet<string> {
  const dependents = new Map<string, string[]>();
  const named = new Set<string>();
  for (const ref of refs) {
    // Of jobs sharing a name, the first is the one a `requires` reaches.
    if (named.has(ref.name)) continue;
    named.add(ref.name);
    for (const required of texts(y, get(y, ref.config, 'requires'))) {
      const list = dependents.get(required) ?? [];
      list.push(ref.name);
      dependents.set(required, list);
    }
  }
  const gated = new Set<string>();
  const queue = [...approvals];
  for (let at = 0; at < queue.length; at++) {
    for (const dependent of dependents.get(queue[at] ?? '') ?? []) {
      if (gated.has(dependent)) continue;
      gated.add(dependent);
      queue.push(dependent);
    }
  }
  return gated;
}

/** Without filters a job runs on every branch push and never on tags (CircleCI's default). */
function filterTriggers(y: YamlFile, filters: Node | null, line: number | null): CiTrigger[] {
  const branches = get(y, filters, 'branches');
  const only = texts(y, get(y, branches, 'only'));
  const tags = texts(y, get(y, get(y, filters, 'tags'), 'only'));
  const ignoresAllBranches = texts(y, get(y, branches, 'ignore')).some((b) => b === '/.*/');
  const triggers: CiTrigger[] = [];
  if (!ignoresAllBranches) triggers.push({ kind: 'push', branches: only.length > 0 ? only : null, line: lineOf(y, branches) ?? line });
  if (tags.length > 0) triggers.push({ kind: 'tag', patterns: tags, line: lineOf(y, get(y, filters, 'tags')) ?? line });
  return triggers;
}
