import type { Node } from 'yaml';
import { parseYamlValue } from '../../../../repo/yaml-to-js.js';
import { environmentStage, isEnvironmentWord } from '../../../iac/environment-stage.js';
import { isTemplatedYaml } from '../../../iac/templated.js';
import type { CiContext, CiReader } from '../../context.js';
import { distinctTriggers } from '../../context.js';
import { referredIds, resources, scalarsUnder, valueOf, type Resource } from '../../cloudformation-nodes.js';
import type { CiJob, CiPipeline, CiStep, CiTrigger } from '../../model.js';
import { usesStep } from '../../shell.js';
import { entries, get, items, lineOf, shellSteps, text, texts, yamlFile, type YamlFile } from '../../yaml-nodes.js';
import { append } from '../../../../util/arrays.js';

export const SYSTEM = 'codepipeline';

/**
 * AWS CodePipeline pipelines and CodeBuild projects declared in CloudFormation/SAM templates.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-codepipeline-pipeline.html
 * https://docs.aws.amazon.com/codebuild/latest/userguide/build-spec-ref.html
 */
const TEMPLATES = ['**/*.{yml,yaml,json,template}'];
const MARKER = /AWS::(CodePipeline::Pipeline|CodeBuild::Project)\b/;
const DEFAULT_BUILDSPEC = 'buildspec.yml';
const BUILDSPEC_PHASES = ['install', 'pre_build', 'build', 'post_build'];
/** Source providers that start the pipeline on a push unless told not to (PollForSourceChanges / DetectChanges). */
const PUSH_SOURCES = new Set(['CodeCommit', 'GitHub', 'CodeStarSourceConnection', 'Bitbucket', 'GitHubEnterpriseServer']);

export const reader: CiReader = {
  read(context) {
    const pipelines: CiPipeline[] = [];
    for (const file of context.index.matching(TEMPLATES)) {
      const source = context.index.text(file);
      if (source === null || !MARKER.test(source) || isTemplatedYaml(source)) continue;
      const y = yamlFile(context.parsed, file);
      if (!y) continue;
      const template = templateOf(y);
      const inPipelines = new Set<string>();
      for (const pipeline of template.all.filter((r) => r.type === 'AWS::CodePipeline::Pipeline')) {
        const read = new PipelineReader(context, y, template);
        pipelines.push(read.pipeline(pipeline));
        for (const id of read.projectsUsed) inPipelines.add(id);
      }
      // A CodeBuild project with its own webhook is a CI pipeline of its own.
      for (const project of template.all.filter((r) => r.type === 'AWS::CodeBuild::Project' && !inPipelines.has(r.id))) {
        const built = new PipelineReader(context, y, template).standaloneProject(project);
        if (built) pipelines.push(built);
      }
    }
    return pipelines;
  },
};

/**
 * A template's resources, with what pipelines look up in them found once per file: a pipeline per
 * template is common, but a large one must not be rescanned for every action and pipeline.
 */
interface Template {
  readonly all: readonly Resource[];
  /** CodeBuild projects by id (the first of a repeated id), with their place in the template. */
  readonly projects: ReadonlyMap<string, { readonly project: Resource; readonly order: number }>;
  /** EventBridge rules with the ids their targets refer to. */
  readonly rules: readonly { readonly rule: Resource; readonly targets: ReadonlySet<string> }[];
}

function templateOf(y: YamlFile): Template {
  const all = resources(y);
  const projects = new Map<string, { project: Resource; order: number }>();
  all.forEach((r, order) => {
    if (r.type === 'AWS::CodeBuild::Project' && !projects.has(r.id)) projects.set(r.id, { project: r, order });
  });
  const rules = all
    .filter((r) => r.type === 'AWS::Events::Rule')
    .map((rule) => ({ rule, targets: new Set(items(y, get(y, get(y, rule.node, 'Properties'), 'Targets')).flatMap((target) => [...referredIds(y, get(y, target, 'Arn'))])) }));
  return { all, projects, rules };
}

class PipelineReader {
  readonly projectsUsed = new Set<string>();

  constructor(
    private readonly context: CiContext,
    private readonly y: YamlFile,
    private readonly template: Template,
  ) {}

  pipeline(resource: Resource): CiPipeline {
    const y = this.y;
    const properties = get(y, resource.node, 'Properties');
    const stages = items(y, get(y, properties, 'Stages'));
    const sourceTriggers = stages.flatMap((stage) => items(y, get(y, stage, 'Actions')).flatMap((action) => this.sourceTrigger(action)));
    const triggers = distinctTriggers([...sourceTriggers, ...this.ruleTriggers(resource.id), ...this.v2Triggers(properties)]);
    return {
      system: SYSTEM,
      file: y.file,
      name: text(y, get(y, properties, 'Name')) ?? resource.id,
      triggers,
      jobs: stages.map((stage) => this.stageJob(stage)),
    };
  }

  standaloneProject(project: Resource): CiPipeline | null {
    const y = this.y;
    const properties = get(y, project.node, 'Properties');
    const webhook = get(y, properties, 'Triggers');
    if (text(y, get(y, webhook, 'Webhook')) !== 'true') return null;
    const events = items(y, get(y, webhook, 'FilterGroups')).flatMap((group) => items(y, group));
    const triggers = events.flatMap((filter): CiTrigger[] => {
      if (text(y, get(y, filter, 'Type')) !== 'EVENT') return [];
      const pattern = text(y, get(y, filter, 'Pattern')) ?? '';
      const line = lineOf(y, filter);
      return [
        ...(/PUSH/.test(pattern) ? [{ kind: 'push' as const, branches: null, line }] : []),
        ...(/PULL_REQUEST/.test(pattern) ? [{ kind: 'pull_request' as const, branches: null, line }] : []),
      ];
    });
    const found = triggers.length > 0 ? distinctTriggers(triggers) : [{ kind: 'push' as const, branches: null, line: lineOf(y, webhook) }];
    const steps = this.buildspecSteps(project);
    return { system: SYSTEM, file: y.file, name: project.id, triggers: found, jobs: [{ name: project.id, file: y.file, line: lineOf(y, project.keyNode), steps, environment: null }] };
  }

  /** A stage is a job: its CodeBuild actions' buildspec commands and its deploy actions. */
  private stageJob(stage: Node): CiJob {
    const y = this.y;
    const name = text(y, get(y, stage, 'Name')) ?? 'stage';
    const steps: CiStep[] = [];
    for (const action of items(y, get(y, stage, 'Actions'))) {
      const type = get(y, action, 'ActionTypeId');
      const category = text(y, get(y, type, 'Category')) ?? '';
      const provider = text(y, get(y, type, 'Provider')) ?? '';
      const configuration = get(y, action, 'Configuration');
      if (provider === 'CodeBuild') {
        const project = this.projectNamed(get(y, configuration, 'ProjectName'));
        if (project) {
          this.projectsUsed.add(project.id);
          append(steps, this.buildspecSteps(project));
        }
        continue;
      }
      if (category === 'Source') continue;
      steps.push(usesStep(SYSTEM, `${category}/${provider}`, this.configurationOf(configuration), y.file, lineOf(y, get(y, type, 'Provider'))));
    }
    const deploys = steps.some((s) => s.kind === 'uses' && s.uses.startsWith('Deploy/'));
    return { name, file: y.file, line: lineOf(y, stage), steps, environment: deploys ? stageEnvironment(name) : null };
  }

  /** An action's configuration: each value as written, or the first literal inside an intrinsic function (`!Sub`, `!Ref`). */
  private configurationOf(configuration: Node | null): Record<string, string> {
    return Object.fromEntries(
      entries(this.y, configuration)
        .map((e) => [e.key, valueOf(this.y, e.value) ?? scalarsUnder(this.y, e.value)[0]] as const)
        .filter((pair): pair is readonly [string, string] => pair[1] !== undefined && pair[1] !== null),
    );
  }

  /** The commands of a CodeBuild project's buildspec: inline in the template, or a buildspec file of the repository. */
  private buildspecSteps(project: Resource): CiStep[] {
    const y = this.y;
    const specNode = get(y, get(y, get(y, project.node, 'Properties'), 'Source'), 'BuildSpec');
    const spec = text(y, specNode);
    if (spec !== null && /\bphases\s*:/.test(spec)) return this.inlineBuildspec(spec, specNode);
    const path = spec ?? DEFAULT_BUILDSPEC;
    const dir = y.file.includes('/') ? y.file.slice(0, y.file.lastIndexOf('/') + 1) : '';
    const file = [path, `${dir}${path}`].find((candidate) => this.context.index.has(candidate));
    return file ? buildspecFileSteps(this.context, file) : [];
  }

  private inlineBuildspec(spec: string, specNode: Node | null): CiStep[] {
    let data: unknown;
    try {
      data = parseYamlValue(spec);
    } catch {
      return [];
    }
    const phases = (data as { phases?: Record<string, { commands?: unknown }> } | null)?.phases ?? {};
    return BUILDSPEC_PHASES.flatMap((phase) => {
      const commands = phases[phase]?.commands;
      return Array.isArray(commands) ? commands.filter((c): c is string => typeof c === 'string').flatMap((c) => shellSteps(SYSTEM, this.y, specNode, c)) : [];
    });
  }

  /** A source action that polls or is notified of pushes starts the pipeline on its branch. */
  private sourceTrigger(action: Node): CiTrigger[] {
    const y = this.y;
    const type = get(y, action, 'ActionTypeId');
    const provider = text(y, get(y, type, 'Provider')) ?? '';
    if (text(y, get(y, type, 'Category')) !== 'Source' || !PUSH_SOURCES.has(provider)) return [];
    const configuration = get(y, action, 'Configuration');
    const listens = [get(y, configuration, 'PollForSourceChanges'), get(y, configuration, 'DetectChanges')].every((node) => text(y, node) !== 'false');
    if (!listens) return [];
    const branch = valueOf(y, get(y, configuration, 'BranchName') ?? get(y, configuration, 'Branch'));
    return [{ kind: 'push', branches: branch ? [branch] : null, line: lineOf(y, get(y, type, 'Provider')) }];
  }

  /** The CodeBuild project an action's `ProjectName` refers to (the first in the template when several). */
  private projectNamed(node: Node | null): Resource | undefined {
    let found: { project: Resource; order: number } | undefined;
    for (const id of referredIds(this.y, node)) {
      const candidate = this.template.projects.get(id);
      if (candidate && (!found || candidate.order < found.order)) found = candidate;
    }
    return found?.project;
  }

  /** EventBridge (CloudWatch Events) rules that target the pipeline; a disabled rule starts nothing. */
  private ruleTriggers(pipelineId: string): CiTrigger[] {
    const y = this.y;
    return this.template.rules
      .filter(({ targets }) => targets.has(pipelineId))
      .flatMap(({ rule }): CiTrigger[] => {
        const properties = get(y, rule.node, 'Properties');
        if (text(y, get(y, properties, 'State')) === 'DISABLED') return [];
        const line = lineOf(y, rule.keyNode);
        const schedule = get(y, properties, 'ScheduleExpression');
        if (schedule) return [{ kind: 'schedule', cron: text(y, schedule), line: lineOf(y, schedule) ?? line }];
        return [eventTrigger(y, get(y, properties, 'EventPattern'), rule.id, line)];
      });
  }

  /** Pipeline type V2 `Triggers:` with Git push / pull request filters. */
  private v2Triggers(properties: Node | null): CiTrigger[] {
    const y = this.y;
    return items(y, get(y, properties, 'Triggers')).flatMap((trigger) => {
      const git = get(y, trigger, 'GitConfiguration');
      const line = lineOf(y, trigger);
      const branchesOf = (node: Node): string[] | null => {
        const list = texts(y, get(y, get(y, node, 'Branches'), 'Includes'));
        return list.length > 0 ? list : null;
      };
      return [
        ...items(y, get(y, git, 'Push')).map((push): CiTrigger => {
          const tags = texts(y, get(y, get(y, push, 'Tags'), 'Includes'));
          return tags.length > 0 ? { kind: 'tag', patterns: tags, line } : { kind: 'push', branches: branchesOf(push), line };
        }),
        ...items(y, get(y, git, 'PullRequest')).map((pr): CiTrigger => ({ kind: 'pull_request', branches: branchesOf(pr), line })),
      ];
    });
  }
}

/** What an event pattern listens for: a CodeCommit branch or tag update, or another event (an alarm, an upload). */
function eventTrigger(y: YamlFile, pattern: Node | null, ruleId: string, line: number | null): CiTrigger {
  const sources = texts(y, get(y, pattern, 'source'));
  const detail = get(y, pattern, 'detail');
  if (sources.includes('aws.codecommit')) {
    const refType = texts(y, get(y, detail, 'referenceType'));
    const names = items(y, get(y, detail, 'referenceName')).map((node) => valueOf(y, node)).filter((n): n is string => n !== null);
    if (refType.includes('tag')) return { kind: 'tag', patterns: names.length > 0 ? names : null, line };
    return { kind: 'push', branches: names.length > 0 ? names : null, line };
  }
  const detailType = texts(y, get(y, pattern, 'detail-type'))[0];
  return { kind: 'other', event: `${ruleId}: ${detailType ?? (sources.join(', ') || 'event')}`, line };
}

/** A deploy stage named after an environment (`DeployDev`, `Deploy-Prod`) deploys to it. */
function stageEnvironment(stage: string): string | null {
  const words = stage.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/[\s_.-]+/);
  const word = words.find((w) => isEnvironmentWord(w));
  return word !== undefined && environmentStage(word) !== 'unknown' ? word : null;
}

/** The commands of a buildspec file (`phases.<phase>.commands`), each on its own line. */
export function buildspecFileSteps(context: CiContext, file: string): CiStep[] {
  const y = yamlFile(context.parsed, file);
  if (!y) return [];
  const phases = get(y, y.doc.contents, 'phases');
  const ordered = [...entries(y, phases)].sort((a, b) => rank(a.key) - rank(b.key));
  return ordered.flatMap((phase) =>
    items(y, get(y, phase.value, 'commands')).flatMap((command) => {
      const script = text(y, command);
      return script === null ? [] : shellSteps(SYSTEM, y, command, script);
    }),
  );
}

function rank(phase: string): number {
  const at = BUILDSPEC_PHASES.indexOf(phase);
  return at === -1 ? BUILDSPEC_PHASES.length : at;
}
