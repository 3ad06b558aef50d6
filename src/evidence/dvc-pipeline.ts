import type { Facts } from './facts.js';
import { projectFiles, type ProjectFiles } from './project-files.js';
import { repoTexts } from './repo-texts.js';
import { escapeRegExp } from '../util/regexp.js';
import { asRecord } from '../util/records.js';

/** One stage of a DVC pipeline (https://dvc.org/doc/user-guide/project-structure/dvcyaml-files). */
export interface DvcStage {
  readonly file: string;
  readonly line: number | null;
  readonly name: string;
  readonly cmd: string;
  readonly deps: readonly string[];
  readonly outs: readonly string[];
  readonly params: readonly string[];
  readonly metrics: readonly string[];
}

/** The stages of every `dvc.yaml` in the project; a broken file yields none (the index records why). */
export function dvcStages(files: ProjectFiles): DvcStage[] {
  const stages: DvcStage[] = [];
  for (const file of files.matching(['**/dvc.yaml', '**/dvc.yml'])) {
    const root = files.yaml(file);
    const declared = asRecord(root)?.['stages'];
    for (const [name, body] of Object.entries(asRecord(declared) ?? {})) {
      const stage = asRecord(body);
      if (!stage) continue;
      stages.push({
        file,
        line: files.findLine(file, new RegExp(`^\\s+${escapeRegExp(name)}\\s*:`)),
        name,
        cmd: commandText(stage['cmd']),
        deps: paths(stage['deps']),
        outs: paths(stage['outs']),
        params: paths(stage['params']),
        metrics: paths(stage['metrics']),
      });
    }
  }
  return stages;
}

/**
 * The paths a `.dvc` file tracks, relative to the repository: each `outs` path joined to the file's
 * folder and its `wdir` (https://dvc.org/doc/user-guide/project-structure/dvc-files). Read from the
 * text, so a file the YAML parser rejects still names its outs.
 */
export function dvcFileOuts(file: string, text: string): string[] {
  const wdir = /^wdir:\s*['"]?([^'"\n]+?)['"]?\s*$/m.exec(text)?.[1] ?? '.';
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.';
  return [...text.matchAll(/^\s*-?\s*path:\s*['"]?([^'"\n]+?)['"]?\s*$/gm)].map((m) => normalise(`${folder}/${wdir}/${m[1] ?? ''}`));
}

/** A `.dvc` file: the paths it tracks and the line of its first `path:`. */
export interface DvcFile {
  readonly file: string;
  readonly outs: readonly string[];
  readonly pathLine: number | null;
}

export async function dvcFiles(facts: Facts): Promise<DvcFile[]> {
  const [files, texts] = await Promise.all([projectFiles(facts), repoTexts(facts)]);
  return files.matching(['**/*.dvc']).map((file) => ({ file, outs: dvcFileOuts(file, texts.text(file) ?? ''), pathLine: files.findLine(file, /^\s*-?\s*path:/) }));
}

/** Whether a `.dvc` file versions only model files (a checkpoint, `models/...`), not data. */
export function holdsOnlyModels({ file, outs }: DvcFile): boolean {
  return outs.length > 0 ? outs.every((out) => MODEL_OUTPUT.test(out)) : MODEL_OUTPUT.test(file.replace(/\.dvc$/, ''));
}

function normalise(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/** Model files among a stage's outputs (`models/model.pkl`, `model.onnx`). */
export const MODEL_OUTPUT = /(^|\/)models?(\/|[._-])|\.(pkl|pickle|joblib|pt|pth|ckpt|h5|keras|onnx|safetensors|bin|cbm|ubj|mlmodel)$/i;


/** `deps: [a, b]` or `outs: [{model.pkl: {cache: false}}]` or `params: [{params.yaml: [lr]}]` → paths. */
function paths(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): string[] => {
    if (typeof item === 'string') return [item];
    const entry = asRecord(item);
    return entry ? Object.keys(entry) : [];
  });
}

function commandText(value: unknown): string {
  if (typeof value === 'string') return value;
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').join(' && ') : '';
}
