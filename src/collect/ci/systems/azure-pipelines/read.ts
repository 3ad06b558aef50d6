import { isMap, type Node } from 'yaml';
import { relativeTo, type CiContext, type CiReader } from '../../context.js';
import type { CiJob, CiPipeline, CiStep, CiTrigger } from '../../model.js';
import { usesStep } from '../../shell.js';
import { entries, get, inputsOf, items, lineOf, shellSteps, text, texts, yamlFile, type YamlFile } from '../../yaml-nodes.js';

export const SYSTEM = 'azure-pipelines';

// https://learn.microsoft.com/azure/devops/pipelines/yaml-schema/
const CANDIDATES = ['**/azure-pipelines.{yml,yaml}', '**/*.azure-pipelines.{yml,yaml}', '.azure-pipelines/**/*.{yml,yaml}', '.azuredevops/**/*.{yml,yaml}', '.pipelines/**/*.{yml,yaml}'];
const SHELL_KEYS = ['script', 'bash', 'pwsh', 'powershell'];
/** Task inputs holding an inline script (AzureCLI@2, Bash@3, PowerShell@2, CmdLine@2). */
const INLINE_SCRIPT_INPUTS = ['inlineScript', 'script'];
const MAX_DEPTH = 8;

export const reader: CiReader = {
  read(context) {
    const files = context.index.matching(CANDIDATES);
    const definitions = files
      .map((file) => yamlFile(context.parsed, file))
      .filter((y): y is YamlFile => y !== null && isMap(y.doc.contents) && ['steps', 'jobs', 'stages', 'extends'].some((k) => get(y, y.doc.contents, k)));
    const reader = new AzureReader(context);
    // A file another pipeline includes with `template:` (or kept in a templates/ folder) is a fragment, not a pipeline.
    const templates = new Set(definitions.flatMap((y) => reader.templateRefs(y)));
    return definitions
      .filter((y) => !templates.has(y.file) && !/(^|\/)templates?\//.test(y.file))
      .map((y) => reader.pipeline(y));
  },
};

class AzureReader {
  constructor(private readonly context: CiContext) {}

  pipeline(y: YamlFile): CiPipeline {
    const root = y.doc.contents;
    const triggers = [...pushTriggers(y, root), ...prTriggers(y, root), ...scheduleTriggers(y, root), ...resourceTriggers(y, root)];
    return { system: SYSTEM, file: y.file, name: text(y, get(y, root, 'name')) ?? y.file, triggers, jobs: this.body(y, root, triggers, new Set([y.file])) };
  }

  /** Every local `template:` path the file references (its own fragments). */
  templateRefs(y: YamlFile): string[] {
    const found: string[] = [];
    const walk = (node: unknown, depth: number): void => {
      if (depth > 30) return;
      for (const e of entries(y, node)) {
        const path = e.key === 'template' ? text(y, e.value) : null;
        const resolved = path && !path.includes('@') ? relativeTo(y.file, path) : null;
        if (resolved) found.push(resolved);
        walk(e.value, depth + 1);
      }
      for (const item of items(y, node)) walk(item, depth + 1);
    };
    walk(y.doc.contents, 0);
    return found;
  }

  /** Jobs of a pipeline or template body: `stages:`, `jobs:`, `steps:` or `extends: template:`. */
  private body(y: YamlFile, node: unknown, triggers: readonly CiTrigger[], visited: ReadonlySet<string>): CiJob[] {
    const extended = this.template(y, get(y, get(y, node, 'extends'), 'template'), visited);
    if (extended) return this.body(extended.y, extended.y.doc.contents, triggers, extended.visited);
    const stages = get(y, node, 'stages');
    if (stages) return items(y, stages).flatMap((stage) => this.stage(y, stage, triggers, visited));
    const jobs = get(y, node, 'jobs');
    if (jobs) return this.jobs(y, jobs, triggers, visited, '');
    const steps = get(y, node, 'steps');
    return steps ? [{ name: 'job', file: y.file, line: lineOf(y, steps), steps: this.steps(y, steps, visited), environment: null }] : [];
  }

  private stage(y: YamlFile, stage: Node, triggers: readonly CiTrigger[], visited: ReadonlySet<string>): CiJob[] {
    const included = this.template(y, get(y, stage, 'template'), visited);
    if (included) return this.body(included.y, included.y.doc.contents, triggers, included.visited);
    const scoped = guarded(text(y, get(y, stage, 'condition')), triggers);
    const name = text(y, get(y, stage, 'stage')) ?? 'stage';
    return this.jobs(y, get(y, stage, 'jobs'), scoped, visited, `${name}/`).map((job) => (scoped !== triggers && !job.triggers ? { ...job, triggers: scoped } : job));
  }

  private jobs(y: YamlFile, node: Node | null, triggers: readonly CiTrigger[], visited: ReadonlySet<string>, prefix: string): CiJob[] {
    return items(y, node).flatMap((job): CiJob[] => {
      const included = this.template(y, get(y, job, 'template'), visited);
      if (included) return this.body(included.y, included.y.doc.contents, triggers, included.visited);
      const nameNode = get(y, job, 'job') ?? get(y, job, 'deployment');
      const env = get(y, job, 'environment');
      const scoped = guarded(text(y, get(y, job, 'condition')), triggers);
      const stepLists = get(y, job, 'deployment') ? deploymentSteps(y, job) : [get(y, job, 'steps')];
      return [
        {
          name: `${prefix}${text(y, nameNode) ?? 'job'}`,
          file: y.file,
          line: lineOf(y, nameNode ?? job),
          steps: stepLists.flatMap((list) => this.steps(y, list, visited)),
          environment: text(y, env) ?? text(y, get(y, env, 'name')),
          ...(scoped !== triggers ? { triggers: scoped } : {}),
        },
      ];
    });
  }

  private steps(y: YamlFile, node: Node | null, visited: ReadonlySet<string>): CiStep[] {
    return items(y, node).flatMap((step): CiStep[] => {
      for (const key of SHELL_KEYS) {
        const script = get(y, step, key);
        const value = text(y, script);
        if (value !== null) return shellSteps(SYSTEM, y, script, value);
      }
      const included = this.template(y, get(y, step, 'template'), visited);
      if (included) return this.steps(included.y, get(included.y, included.y.doc.contents, 'steps'), included.visited);
      const taskNode = get(y, step, 'task');
      const task = text(y, taskNode);
      if (task === null) return [];
      const inputs = get(y, step, 'inputs');
      for (const key of INLINE_SCRIPT_INPUTS) {
        const script = get(y, inputs, key);
        const value = text(y, script);
        if (value !== null && /^(AzureCLI|Bash|PowerShell|CmdLine|AzurePowerShell)@/i.test(task)) return shellSteps(SYSTEM, y, script, value);
      }
      return [usesStep(SYSTEM, task, inputsOf(y, inputs), y.file, lineOf(y, taskNode))];
    });
  }

  /** A local template file, parsed, unless it is remote (`file@repo`), missing, or already on the chain. */
  private template(y: YamlFile, node: Node | null, visited: ReadonlySet<string>): { y: YamlFile; visited: ReadonlySet<string> } | null {
    const path = text(y, node);
    if (!path || path.includes('@') || visited.size >= MAX_DEPTH) return null;
    const file = relativeTo(y.file, path);
    if (!file || visited.has(file) || !this.context.index.has(file)) return null;
    const included = yamlFile(this.context.parsed, file);
    return included ? { y: included, visited: new Set([...visited, file]) } : null;
  }
}

/** A deployment job's steps live under its strategy's lifecycle hooks. */
function deploymentSteps(y: YamlFile, job: Node): (Node | null)[] {
  const strategy = get(y, job, 'strategy');
  return entries(y, strategy).flatMap((kind) =>
    entries(y, kind.value).map((hook) => get(y, hook.value, 'steps')),
  );
}

function includeList(y: YamlFile, node: Node | null): string[] | null {
  const list = texts(y, get(y, node, 'include'));
  return list.length > 0 ? list : null;
}

/** `trigger:` absent means every branch push (Azure's default); `trigger: none` means none. */
function pushTriggers(y: YamlFile, root: unknown): CiTrigger[] {
  const entryNode = entries(y, root).find((e) => e.key === 'trigger');
  if (!entryNode) return [{ kind: 'push', branches: null, line: null }];
  const line = lineOf(y, entryNode.keyNode);
  const value = entryNode.value;
  if (text(y, value) === 'none') return [];
  if (!isMap(value)) {
    const list = texts(y, value);
    return [{ kind: 'push', branches: list.length > 0 ? list : null, line }];
  }
  const branches = includeList(y, get(y, value, 'branches'));
  const tags = includeList(y, get(y, value, 'tags'));
  if (tags && !branches) return [{ kind: 'tag', patterns: tags, line }];
  const push: CiTrigger = { kind: 'push', branches, line };
  return tags ? [push, { kind: 'tag', patterns: tags, line }] : [push];
}

/**
 * `pr:` as written. Absent, Azure validates PRs for GitHub/Bitbucket-hosted repos but not for Azure
 * Repos (branch policies there, outside the YAML), so nothing is assumed.
 */
function prTriggers(y: YamlFile, root: unknown): CiTrigger[] {
  const entryNode = entries(y, root).find((e) => e.key === 'pr');
  if (!entryNode || text(y, entryNode.value) === 'none') return [];
  const line = lineOf(y, entryNode.keyNode);
  const branches = isMap(entryNode.value) ? includeList(y, get(y, entryNode.value, 'branches')) : texts(y, entryNode.value);
  return [{ kind: 'pull_request', branches: branches && branches.length > 0 ? branches : null, line }];
}

function scheduleTriggers(y: YamlFile, root: unknown): CiTrigger[] {
  return items(y, get(y, root, 'schedules')).map((schedule) => {
    const cron = get(y, schedule, 'cron');
    return { kind: 'schedule', cron: text(y, cron), line: lineOf(y, cron ?? schedule) };
  });
}

function resourceTriggers(y: YamlFile, root: unknown): CiTrigger[] {
  return items(y, get(y, get(y, root, 'resources'), 'pipelines'))
    .filter((p) => get(y, p, 'trigger') !== null && text(y, get(y, p, 'trigger')) !== 'none')
    .map((p) => ({ kind: 'other', event: `pipeline completion: ${text(y, get(y, p, 'source')) ?? text(y, get(y, p, 'pipeline')) ?? '?'}`, line: lineOf(y, get(y, p, 'trigger')) }));
}

/**
 * The triggers a stage or job `condition:` leaves for the usual guards (Build.Reason, Build.SourceBranch);
 * the same list when there is no condition or it is not one of those.
 */
function guarded(condition: string | null, triggers: readonly CiTrigger[]): readonly CiTrigger[] {
  if (!condition || /\bne\(|\bnot\(|\bor\(/.test(condition)) return triggers;
  const reason = /variables\[['"]Build\.Reason['"]\]\s*,\s*['"](\w+)['"]/.exec(condition)?.[1] ?? /Build\.Reason\s*,\s*['"](\w+)['"]/.exec(condition)?.[1];
  if (reason) {
    const kind: CiTrigger['kind'] = reason === 'PullRequest' ? 'pull_request' : reason === 'Schedule' ? 'schedule' : reason === 'Manual' ? 'manual' : 'push';
    return triggers.filter((t) => t.kind === kind || (kind === 'push' && t.kind === 'tag'));
  }
  const branch = /Build\.SourceBranch['"]?\]?\s*,\s*['"]refs\/heads\/([^'"]+)['"]/.exec(condition)?.[1];
  if (branch) {
    return triggers.filter((t): t is Extract<CiTrigger, { kind: 'push' }> => t.kind === 'push').map((t) => ({ kind: 'push', branches: [branch], line: t.line }));
  }
  if (/startsWith\(\s*variables\[['"]Build\.SourceBranch['"]\]\s*,\s*['"]refs\/tags\//.test(condition)) return triggers.filter((t) => t.kind === 'tag');
  return triggers;
}
