import type { Node } from 'yaml';
import type { CiReader } from '../../context.js';
import type { CiJob, CiPipeline, CiStep, CiTrigger } from '../../model.js';
import { get, items, lineOf, shellSteps, text, texts, yamlFile, type YamlFile } from '../../yaml-nodes.js';

export const SYSTEM = 'drone';

// https://docs.drone.io/pipeline/overview/ · https://docs.drone.io/pipeline/triggers/
const CONFIG = '.drone.yml';

/**
 * Drone CI: `.drone.yml` holds one pipeline per YAML document (`kind: pipeline`), each a list of steps
 * whose `commands` run in a container; `trigger:` (or a step's `when:`) filters events and branches, and
 * a pipeline without one runs on every push, pull request and tag.
 */
export const reader: CiReader = {
  read(context) {
    const documents = context.parsed.yamlDocuments(CONFIG)?.length ?? 0;
    return Array.from({ length: documents }, (_, n) => n).flatMap((n): CiPipeline[] => {
      const y = yamlFile(context.parsed, CONFIG, n);
      const root = y?.doc.contents;
      if (!y || text(y, get(y, root, 'kind')) !== 'pipeline') return [];
      return [
        {
          system: SYSTEM,
          file: CONFIG,
          name: text(y, get(y, root, 'name')) ?? `pipeline ${n + 1}`,
          triggers: triggersOf(y, get(y, root, 'trigger'), lineOf(y, root)),
          jobs: items(y, get(y, root, 'steps')).map((step) => job(y, step, target(y, get(y, root, 'trigger')))),
        },
      ];
    });
  },
};

/** Drone's events (push, pull_request, tag, promote, rollback, cron, custom) as triggers. */
function triggersOf(y: YamlFile, filter: Node | null, pipelineLine: number | null): CiTrigger[] {
  const line = lineOf(y, filter) ?? pipelineLine;
  const branches = texts(y, get(y, filter, 'branch'));
  const listed = texts(y, get(y, filter, 'event'));
  const events = listed.length > 0 ? listed : ['push', 'pull_request', 'tag'];
  const on = branches.length > 0 ? branches : null;
  return events.flatMap((event): CiTrigger[] => {
    switch (event) {
      case 'push':
        return [{ kind: 'push', branches: on, line }];
      case 'pull_request':
        return [{ kind: 'pull_request', branches: on, line }];
      case 'tag':
        return [{ kind: 'tag', patterns: null, line }];
      case 'promote':
      case 'rollback':
      case 'custom':
        return [{ kind: 'manual', line }];
      case 'cron':
        return [{ kind: 'schedule', cron: text(y, get(y, filter, 'cron')), line }];
      default:
        return [{ kind: 'other', event, line }];
    }
  });
}

/** The environment a promotion deploys to (`target: [production]`), which Drone filters on like an event. */
function target(y: YamlFile, filter: Node | null): string | null {
  return texts(y, get(y, filter, 'target'))[0] ?? null;
}

function job(y: YamlFile, step: Node, pipelineTarget: string | null): CiJob {
  const steps: CiStep[] = items(y, get(y, step, 'commands')).flatMap((entry) => {
    const command = text(y, entry);
    return command === null ? [] : shellSteps(SYSTEM, y, entry, command);
  });
  const when = get(y, step, 'when');
  return {
    name: text(y, get(y, step, 'name')) ?? 'step',
    file: CONFIG,
    line: lineOf(y, step),
    steps,
    environment: target(y, get(y, step, 'when')) ?? pipelineTarget,
    ...(when && (get(y, when, 'event') || get(y, when, 'branch')) ? { triggers: triggersOf(y, when, lineOf(y, step)) } : {}),
  };
}
