import { CLOUDFORMATION } from '../knowledge/file-probe.js';
import { ALARM_LINES, CFN_ALARM, CFN_TAG_KEY, COST_TAG_KEY, MODEL_QUALITY_NAMESPACE, NAMESPACE, TAGGED_FILES, TAGGED_YAML, TAGGING_CODE, TAG_BLOCK, TAG_BLOCK_LINES, TAG_KEY } from '../knowledge/operations.js';
import type { Evidence } from '../model/answer.js';
import type { RepoTexts } from './repo-texts.js';

// Readers over the knowledge of knowledge/operations.ts: cost tags and CloudWatch alarms (criteria 39, 40).

/** Cost-allocation tags in IaC and platform configs: the first tag per file whose key allocates cost. */
export function costAllocationTags(texts: Pick<RepoTexts, 'matching' | 'text'>): Evidence[] {
  return tagsIn(texts, TAGGED_FILES, (file, text) => !/\.ya?ml$/.test(file) || TAGGED_YAML.test(text), 'cost-allocation tag');
}

/** Cost-allocation tags set by code when it creates resources (criterion 39, `medium`). */
export function costAllocationTagsInCode(texts: Pick<RepoTexts, 'matching' | 'text'>): Evidence[] {
  return tagsIn(texts, TAGGING_CODE, (_, text) => /\bTags\b|\btags\s*=/.test(text), 'cost-allocation tag set in code');
}

function tagsIn(texts: Pick<RepoTexts, 'matching' | 'text'>, files: readonly string[], worthReading: (file: string, text: string) => boolean, what: string): Evidence[] {
  const found: Evidence[] = [];
  for (const file of texts.matching(files)) {
    const text = texts.text(file);
    if (text === null || !worthReading(file, text)) continue;
    const lines = text.split(/\r?\n/);
    const hit = firstCostTag(lines);
    if (hit) found.push({ file, line: hit.line, note: `${what} ${hit.key} (${(lines[hit.line - 1] ?? '').trim().slice(0, 80)})` });
  }
  return found;
}

function firstCostTag(lines: readonly string[]): { key: string; line: number } | null {
  for (let i = 0; i < lines.length; i++) {
    const open = TAG_BLOCK.exec(lines[i] ?? '');
    if (!open || /^\s*(#|\/\/)/.test(lines[i] ?? '')) continue;
    const indent = (open[1] ?? '').length;
    const inline = keysIn(open[3] ?? '');
    if (inline) return { key: inline, line: i + 1 };
    for (let j = i + 1; j < Math.min(lines.length, i + 1 + TAG_BLOCK_LINES); j++) {
      const line = lines[j] ?? '';
      if (line.trim() === '' || /^\s*(#|\/\/)/.test(line)) continue;
      const depth = /^\s*/.exec(line)?.[0].length ?? 0;
      if (depth <= indent && !/^\s*-/.test(line)) break;
      const key = CFN_TAG_KEY.exec(line)?.[1] ?? keysIn(line);
      if (key && COST_TAG_KEY.test(key)) return { key, line: j + 1 };
    }
  }
  return null;
}

function keysIn(fragment: string): string | null {
  for (const match of fragment.matchAll(TAG_KEY)) if (match[1] && COST_TAG_KEY.test(match[1])) return match[1];
  return null;
}

export interface CloudWatchAlarm extends Evidence {
  /** False when the alarm watches model quality (drift metrics) rather than the infrastructure. */
  readonly health: boolean;
}

/** Each CloudWatch alarm of the CloudFormation templates, told apart by what it watches. */
export function cloudFormationAlarms(texts: Pick<RepoTexts, 'matching' | 'text'>): CloudWatchAlarm[] {
  const found: CloudWatchAlarm[] = [];
  for (const file of texts.matching(CLOUDFORMATION)) {
    const text = texts.text(file);
    if (text === null || !text.includes('AWS::CloudWatch::')) continue;
    const lines = text.split(/\r?\n/);
    lines.forEach((line, i) => {
      const alarm = CFN_ALARM.exec(line);
      if (!alarm) return;
      const indent = (alarm[1] ?? '').length;
      let namespace: string | null = null;
      for (let j = i + 1; j < Math.min(lines.length, i + ALARM_LINES) && namespace === null; j++) {
        const next = lines[j] ?? '';
        if (next.trim() !== '' && (/^\s*/.exec(next)?.[0].length ?? 0) < indent) break;
        namespace = NAMESPACE.exec(next)?.[1] ?? null;
      }
      const health = namespace === null || !MODEL_QUALITY_NAMESPACE.test(namespace);
      found.push({ file, line: i + 1, note: `CloudWatch alarm (CloudFormation)${namespace ? ` on ${namespace}` : ''}`, health });
    });
  }
  return found;
}
