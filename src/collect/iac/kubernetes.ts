import picomatch from 'picomatch';
import type { Document } from 'yaml';
import { chartOf } from './helm.js';
import type { IacContext, IacFinding } from './finding.js';
import type { IacFile } from './model.js';
import { KUBERNETES, KUSTOMIZE, NOT_MANIFESTS } from './patterns.js';
import { isTemplatedYaml } from './templated.js';
import { rootEntries, scalarText } from './yaml-nodes.js';
import path from 'node:path';

const isNotManifest = picomatch([...NOT_MANIFESTS], { dot: true });

/**
 * Kubernetes manifests (and Crossplane ones, by API group): YAML documents with both `apiVersion` and
 * `kind`. Only files whose text has both keys are parsed; pipelines, compose files and Helm chart
 * content and other templated YAML are left out (not valid YAML until rendered).
 */
export function findKubernetes({ index, parsed }: IacContext, chartDirs: readonly string[]): IacFinding {
  const files: IacFile[] = [];
  for (const file of index.matching(KUBERNETES.candidates)) {
    if (isNotManifest(file) || KUSTOMIZE.file.test(path.posix.basename(file))) continue;
    if (chartOf(file, chartDirs) !== null) continue;
    const text = index.text(file);
    if (text === null || !KUBERNETES.apiVersion.test(text) || !KUBERNETES.kind.test(text) || isTemplatedYaml(text)) continue;
    const docs = parsed.yamlDocuments(file);
    if (docs === null) continue;
    const manifest = firstManifest(parsed, file, docs);
    if (manifest) files.push(manifest);
  }
  for (const file of index.matching(KUBERNETES.jsonCandidates)) {
    if (isNotManifest(file) || chartOf(file, chartDirs) !== null) continue;
    const text = index.text(file);
    if (text === null || !KUBERNETES.jsonApiVersion.test(text) || !KUBERNETES.jsonKind.test(text)) continue;
    const manifest = jsonManifest(parsed, file);
    if (manifest) files.push(manifest);
  }
  return { files, environments: [] };
}

/**
 * A JSON object that is a Kubernetes object: `apiVersion` and `kind` strings and a
 * `metadata` object, which an API payload or a settings file that happens to name a kind lacks.
 */
function jsonManifest(parsed: IacContext['parsed'], file: string): IacFile | null {
  const value = parsed.json(file);
  const object = asObject(value);
  if (object === null) return null;
  const apiVersion = object['apiVersion'];
  const kind = object['kind'];
  if (typeof apiVersion !== 'string' || typeof kind !== 'string' || asObject(object['metadata']) === null) return null;
  const crossplane = KUBERNETES.crossplaneGroup.test(apiVersion);
  return {
    file,
    tool: crossplane ? 'crossplane' : 'kubernetes',
    line: parsed.findLine(file, KUBERNETES.jsonApiVersion),
    note: `${crossplane ? 'Crossplane' : 'Kubernetes'} ${kind} (${apiVersion})`,
  };
}

function asObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function firstManifest(parsed: IacContext['parsed'], file: string, docs: readonly Document.Parsed[]): IacFile | null {
  for (const doc of docs) {
    const entries = rootEntries(parsed, file, doc);
    const apiVersion = entries.find((e) => e.key === 'apiVersion');
    const kind = scalarText(entries.find((e) => e.key === 'kind')?.value);
    const group = scalarText(apiVersion?.value);
    if (!apiVersion || group === null || kind === null) continue;
    const crossplane = KUBERNETES.crossplaneGroup.test(group);
    return {
      file,
      tool: crossplane ? 'crossplane' : 'kubernetes',
      line: apiVersion.line,
      note: `${crossplane ? 'Crossplane' : 'Kubernetes'} ${kind} (${group})`,
    };
  }
  return null;
}
