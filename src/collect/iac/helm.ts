import path from 'node:path';
import { environmentStage } from './environment-stage.js';
import { environment, folderOf, type IacContext, type IacFinding } from './finding.js';
import type { IacEnvironment, IacFile } from './model.js';
import { HELM } from './patterns.js';

export interface HelmFinding extends IacFinding {
  /** Chart folders: their templates are the chart's, not stand-alone manifests. */
  readonly chartDirs: readonly string[];
}

/** Helm charts (Chart.yaml) and values files per environment (values-prod.yaml, values/staging.yaml). */
export function findHelm({ index, parsed }: IacContext): HelmFinding {
  const files: IacFile[] = [];
  const chartDirs: string[] = [];
  for (const file of index.named(HELM.chart)) {
    chartDirs.push(folderOf(file));
    const nameLine = parsed.findLine(file, /^name\s*:/);
    const chartName = nameLine === null ? '' : (index.lines(file)[nameLine - 1] ?? '').replace(/^name\s*:\s*/, '').trim();
    const line = nameLine ?? parsed.findLine(file, /^apiVersion\s*:/) ?? 1;
    files.push({ file, tool: 'helm', line, note: chartName ? `Helm chart ${chartName}` : 'Helm chart' });
  }
  if (chartDirs.length === 0) return { files, environments: [], chartDirs };
  const environments: IacEnvironment[] = [];
  for (const file of index.matching('**/*.{yaml,yml}')) {
    const name = valuesEnvironment(file);
    if (name === null) continue;
    const chart = chartOf(file, chartDirs) ?? (chartDirs.length === 1 ? chartDirs[0] : undefined);
    environments.push(
      environment({ name, file, line: null, via: 'Helm values file', definition: chart ?? folderOf(file) }),
    );
  }
  return { files, environments, chartDirs };
}

/** The environment a values file is for, when its name says one (`values-gpu.yaml` is not an environment). */
function valuesEnvironment(file: string): string | null {
  const base = path.posix.basename(file);
  for (const pattern of HELM.envValues) {
    const name = pattern.exec(base)?.[1];
    if (name) return knownEnvironment(name);
  }
  const inValuesFolder = path.posix.basename(folderOf(file)) === HELM.valuesFolder;
  return inValuesFolder ? knownEnvironment(base.replace(/\.ya?ml$/, '')) : null;
}

function knownEnvironment(name: string): string | null {
  return environmentStage(name) === 'unknown' ? null : name;
}

/** The chart folder a file lives in, or null. */
export function chartOf(file: string, chartDirs: readonly string[]): string | null {
  let best: string | null = null;
  for (const dir of chartDirs) {
    const inside = dir === '' || file.startsWith(`${dir}/`);
    if (inside && (best === null || dir.length > best.length)) best = dir;
  }
  return best;
}
