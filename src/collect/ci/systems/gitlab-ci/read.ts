import { isMap, isSeq, type Node } from 'yaml';
import { distinctTriggers, relativeTo, type CiContext, type CiReader } from '../../context.js';
import type { CiJob, CiPipeline, CiStep, CiTrigger } from '../../model.js';
import { entries, get, items, lineOf, shellSteps, tagOf, text, texts, yamlFile, type YamlFile } from '../../yaml-nodes.js';

export const SYSTEM = 'gitlab-ci';

// https://docs.gitlab.com/ci/yaml/ — top-level keys that are not jobs.
const GLOBAL_KEYS = new Set(['default', 'include', 'stages', 'variables', 'workflow', 'image', 'services', 'cache', 'before_script', 'after_script', 'types', 'spec']);
const MAX_DEPTH = 10;

/** A top-level key of the merged configuration, with the file it is written in. */
interface Definition {
  readonly y: YamlFile;
  readonly keyNode: Node;
  readonly value: Node | null;
}

/** A job attribute found on the job itself, through `extends`, or under `default:`. */
interface Found {
  readonly y: YamlFile;
  readonly node: Node;
}

export const reader: CiReader = {
  read(context) {
    const main = yamlFile(context.parsed, '.gitlab-ci.yml');
    if (!main) return [];
    const definitions = new Map<string, Definition>();
    collect(context, main, definitions, new Set());
    const config = new GitlabConfig(definitions);
    const workflow = config.get('workflow');
    const workflowRules = workflow ? get(workflow.y, workflow.value, 'rules') : null;
    // GitLab's default without rules: a pipeline for every branch push and every tag. Merge request
    // source branches are pushed too, so this is also how most GitLab projects test their MRs
    // ("branch pipelines"); rules read this as push on any branch, not as a merge_request trigger.
    const defaults: CiTrigger[] =
      workflow && workflowRules ? rulesTriggers(workflow.y, workflowRules).map((t) => ({ ...t, file: workflow.y.file })) : [{ kind: 'push', branches: null, line: null }, { kind: 'tag', patterns: null, line: null }];
    const jobs = [...definitions]
      .filter(([key, def]) => !GLOBAL_KEYS.has(key) && !key.startsWith('.') && isMap(def.value))
      .map(([key, def]) => config.job(key, def, defaults));
    const triggers = distinctTriggers(jobs.flatMap((job) => job.triggers ?? []));
    const pipeline: CiPipeline = { system: SYSTEM, file: main.file, name: 'GitLab CI', triggers, jobs };
    return [pipeline];
  },
};

/** Top-level keys of the file and of its local includes (the including file's keys win). */
function collect(context: CiContext, y: YamlFile, into: Map<string, Definition>, seen: Set<string>): void {
  seen.add(y.file);
  const root = y.doc.contents;
  for (const include of includes(y, get(y, root, 'include'))) {
    for (const file of context.index.matching(include)) {
      if (seen.has(file) || seen.size > MAX_DEPTH * 5) continue;
      const included = yamlFile(context.parsed, file);
      if (included) collect(context, included, into, seen);
    }
  }
  for (const { key, keyNode, value } of entries(y, root)) into.set(key, { y, keyNode, value });
}

/** Local include paths (remote, project, template and component includes live outside the repo). */
function includes(y: YamlFile, node: Node | null): string[] {
  const list = isSeq(node) ? items(y, node) : node ? [node] : [];
  return list
    .map((item) => text(y, item) ?? text(y, get(y, item, 'local')))
    .filter((path): path is string => path !== null && !/^https?:/.test(path))
    .map((path) => relativeTo('', path) ?? path);
}

class GitlabConfig {
  constructor(private readonly definitions: ReadonlyMap<string, Definition>) {}

  get(key: string): Definition | null {
    return this.definitions.get(key) ?? null;
  }

  job(key: string, def: Definition, defaults: readonly CiTrigger[]): CiJob {
    const env = this.attr(key, 'environment');
    const environment = env ? (text(env.y, env.node) ?? text(env.y, get(env.y, env.node, 'name'))) : null;
    const steps = ['before_script', 'script', 'after_script'].flatMap((name) => {
      const found = this.attr(key, name) ?? (name === 'script' ? null : this.fromDefault(name));
      return found ? this.scriptSteps(found.y, found.node, 0) : [];
    });
    return { name: key, file: def.y.file, line: lineOf(def.y, def.keyNode), steps, environment, triggers: this.triggers(key, defaults) };
  }

  private triggers(key: string, defaults: readonly CiTrigger[]): CiTrigger[] {
    const rules = this.attr(key, 'rules');
    if (rules) return rulesTriggers(rules.y, rules.node).map((t) => ({ ...t, file: rules.y.file }));
    const only = this.attr(key, 'only');
    const when = this.attr(key, 'when');
    if (when && text(when.y, when.node) === 'manual') return [{ kind: 'manual', line: lineOf(when.y, when.node), file: when.y.file }];
    if (only) return onlyTriggers(only.y, only.node).map((t) => ({ ...t, file: only.y.file }));
    return [...defaults];
  }

  /** An attribute of a job, following `extends` (the last template listed wins, as in GitLab). */
  private attr(key: string, name: string, depth = 0): Found | null {
    const def = this.definitions.get(key);
    if (!def || depth > MAX_DEPTH) return null;
    const own = entries(def.y, def.value).find((e) => e.key === name);
    if (own?.value) return { y: def.y, node: own.value };
    for (const parent of texts(def.y, get(def.y, def.value, 'extends')).reverse()) {
      const found = this.attr(parent, name, depth + 1);
      if (found) return found;
    }
    return null;
  }

  /** `default: before_script`, or the older global `before_script:` it replaced. */
  private fromDefault(name: string): Found | null {
    const def = this.definitions.get('default');
    const node = def ? get(def.y, def.value, name) : null;
    if (def && node) return { y: def.y, node };
    const global = this.definitions.get(name);
    return global?.value ? { y: global.y, node: global.value } : null;
  }

  /** Script lines; `!reference [.template, script]` entries are expanded. */
  private scriptSteps(y: YamlFile, node: Node, depth: number): CiStep[] {
    const single = text(y, node);
    if (single !== null) return shellSteps(SYSTEM, y, node, single);
    if (tagOf(node) === '!reference') {
      const [job, name] = texts(y, node);
      const found = job && name && depth < MAX_DEPTH ? this.attr(job, name) : null;
      return found ? this.scriptSteps(found.y, found.node, depth + 1) : [];
    }
    return items(y, node).flatMap((item) => this.scriptSteps(y, item, depth + 1));
  }
}

function rulesTriggers(y: YamlFile, rules: Node): CiTrigger[] {
  return items(y, rules).flatMap((rule) => {
    const when = text(y, get(y, rule, 'when'));
    if (when === 'never') return [];
    const ifNode = get(y, rule, 'if');
    const line = lineOf(y, ifNode ?? rule);
    if (when === 'manual') return [{ kind: 'manual', line } as const];
    const expression = text(y, ifNode);
    return expression === null
      ? [{ kind: 'push', branches: null, line } as const, { kind: 'tag', patterns: null, line } as const]
      : ifTriggers(expression, line);
  });
}

/** Reads the predefined variables of a rule's `if:` (https://docs.gitlab.com/ci/variables/predefined_variables/). */
export function ifTriggers(expression: string, line: number | null): CiTrigger[] {
  const triggers: CiTrigger[] = [];
  const source = (name: string): boolean => new RegExp(`\\$CI_PIPELINE_SOURCE\\s*==\\s*["']${name}["']`).test(expression);
  if (source('merge_request_event') || /\$CI_MERGE_REQUEST_\w+(?!\s*==\s*null)/.test(expression)) {
    const target = /\$CI_MERGE_REQUEST_TARGET_BRANCH_NAME\s*==\s*["']?([^"'\s)]+)/.exec(expression)?.[1];
    triggers.push({ kind: 'pull_request', branches: target ? [target] : null, line });
  }
  if (source('schedule')) triggers.push({ kind: 'schedule', cron: null, line });
  if (/\$CI_COMMIT_TAG(?!\s*==\s*(null|""))/.test(expression)) triggers.push({ kind: 'tag', patterns: null, line });
  const branches = [...expression.matchAll(/\$CI_COMMIT_(?:BRANCH|REF_NAME)\s*(?:==|=~)\s*(\$CI_DEFAULT_BRANCH|"[^"]*"|'[^']*'|\/[^/]*\/)/g)].map((m) =>
    (m[1] ?? '').replace(/^["']|["']$/g, ''),
  );
  if (branches.length > 0) triggers.push({ kind: 'push', branches, line });
  else if (source('push') || /\$CI_COMMIT_BRANCH(?!\s*==\s*null)/.test(expression)) triggers.push({ kind: 'push', branches: null, line });
  if (triggers.length === 0) triggers.push(source('web') ? { kind: 'manual', line } : { kind: 'other', event: expression, line });
  return triggers;
}

/** `only:` refs (https://docs.gitlab.com/ci/yaml/#only--except). */
function onlyTriggers(y: YamlFile, node: Node): CiTrigger[] {
  const refsNode = isMap(node) ? get(y, node, 'refs') : node;
  const line = lineOf(y, node);
  const refs = texts(y, refsNode);
  const triggers: CiTrigger[] = [];
  const branches: string[] = [];
  for (const ref of refs) {
    if (ref === 'merge_requests') triggers.push({ kind: 'pull_request', branches: null, line });
    else if (ref === 'tags') triggers.push({ kind: 'tag', patterns: null, line });
    else if (ref === 'schedules') triggers.push({ kind: 'schedule', cron: null, line });
    else if (ref === 'branches' || ref === 'pushes') triggers.push({ kind: 'push', branches: null, line });
    else if (ref === 'web') triggers.push({ kind: 'manual', line });
    else if (['api', 'triggers', 'pipelines', 'external', 'chat', 'external_pull_requests'].includes(ref)) triggers.push({ kind: 'other', event: ref, line });
    else branches.push(ref);
  }
  if (branches.length > 0) triggers.push({ kind: 'push', branches, line });
  return triggers;
}
