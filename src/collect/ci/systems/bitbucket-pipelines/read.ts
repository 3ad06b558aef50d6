import type { Node } from 'yaml';
import type { CiReader } from '../../context.js';
import type { CiJob, CiPipeline, CiStep, CiTrigger } from '../../model.js';
import { usesStep } from '../../shell.js';
import { entries, get, inputsOf, items, lineOf, shellSteps, text, yamlFile, type YamlFile } from '../../yaml-nodes.js';

export const SYSTEM = 'bitbucket-pipelines';

// https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/
const CONFIG = 'bitbucket-pipelines.yml';

export const reader: CiReader = {
  read(context) {
    const y = yamlFile(context.parsed, CONFIG);
    if (!y) return [];
    const pipelines: CiPipeline[] = [];
    for (const section of entries(y, get(y, y.doc.contents, 'pipelines'))) {
      const line = lineOf(y, section.keyNode);
      // `default` runs for every branch push that has no branch-specific pipeline.
      const bodies = section.key === 'default' ? [{ key: '', keyNode: section.keyNode, value: section.value }] : entries(y, section.value);
      for (const body of bodies) {
        const trigger = sectionTrigger(section.key, body.key, lineOf(y, body.keyNode) ?? line);
        if (!trigger) continue;
        pipelines.push({
          system: SYSTEM,
          file: CONFIG,
          name: body.key ? `${section.key}: ${body.key}` : section.key,
          triggers: [trigger],
          jobs: stepsOf(y, body.value),
        });
      }
    }
    return pipelines;
  },
};

function sectionTrigger(section: string, pattern: string, line: number | null): CiTrigger | null {
  switch (section) {
    case 'default':
      return { kind: 'push', branches: null, line };
    case 'branches':
      return { kind: 'push', branches: [pattern], line };
    case 'pull-requests':
      // The pattern is the PR's source branch; the model's branches are targets, unknown here.
      return { kind: 'pull_request', branches: null, line };
    case 'tags':
      return { kind: 'tag', patterns: [pattern], line };
    case 'custom':
      return { kind: 'manual', line };
    default:
      return null;
  }
}

/** `- step:`, `- parallel:` (list or `steps:`) and `- stage:` items, each step becoming a job. */
function stepsOf(y: YamlFile, list: Node | null, stage: Node | null = null): CiJob[] {
  return items(y, list).flatMap((item): CiJob[] => {
    const step = get(y, item, 'step');
    if (step) return [job(y, step, stage)];
    const parallel = get(y, item, 'parallel');
    if (parallel) return stepsOf(y, get(y, parallel, 'steps') ?? parallel, stage);
    const nested = get(y, item, 'stage');
    return nested ? stepsOf(y, get(y, nested, 'steps'), nested) : [];
  });
}

function job(y: YamlFile, step: Node, stage: Node | null): CiJob {
  const scripts = [get(y, step, 'script'), get(y, step, 'after-script')];
  const steps: CiStep[] = scripts.flatMap((script) =>
    items(y, script).flatMap((entry): CiStep[] => {
      const command = text(y, entry);
      if (command !== null) return shellSteps(SYSTEM, y, entry, command);
      const pipe = get(y, entry, 'pipe');
      const name = text(y, pipe);
      return name ? [usesStep(SYSTEM, name, inputsOf(y, get(y, entry, 'variables')), CONFIG, lineOf(y, pipe))] : [];
    }),
  );
  const manual = [step, stage].map((node) => get(y, node, 'trigger')).find((node) => text(y, node) === 'manual');
  return {
    name: text(y, get(y, step, 'name')) ?? 'step',
    file: CONFIG,
    line: lineOf(y, step),
    steps,
    environment: text(y, get(y, step, 'deployment')) ?? text(y, get(y, stage, 'deployment')),
    ...(manual ? { triggers: [{ kind: 'manual', line: lineOf(y, manual) }] } : {}),
  };
}
