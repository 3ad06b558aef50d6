import path from 'node:path';
import { trainingCode } from '../evidence/ml-lifecycle.js';
import { servingAnalysis } from '../evidence/serving.js';
import { createFacts } from '../evidence/scan-facts.js';
import { batchScoringEvidence } from '../profile/batch-trait.js';
import type { Facts } from '../evidence/facts.js';
import type { ScanResult } from './results.js';
import { NothingToScanError, openScanIndex, scanIndex, scanRepository, type ScanOptions } from './scan.js';

/** One ML project inside a repository, and its scan. */
export interface ProjectScan {
  /** Its folder, relative to the repository root. */
  readonly folder: string;
  /** Named in the config's `subprojects`, rather than discovered. */
  readonly declared: boolean;
  readonly scan: ScanResult;
}

export interface ProjectScans {
  /** The repository as a whole. */
  readonly whole: ScanResult;
  readonly projects: readonly ProjectScan[];
}

/**
 * A folder that is a Python project of its own: its own dependencies or packaging
 * (https://packaging.python.org/en/latest/guides/writing-pyproject-toml/, pip requirements files).
 */
const PROJECT_MANIFEST = /^(pyproject\.toml|setup\.py|setup\.cfg|requirements([-_.][\w.-]*)?\.txt|environment\.ya?ml|conda\.ya?ml)$/i;

/**
 * Scans the repository, then each ML project inside it: a folder with its own manifest holding
 * training, serving or batch scoring code, or a folder the config declares. A project's scan sees its
 * own files and the files no project owns (root CI, infrastructure, docs), and the repository's git
 * history, so what the repository shares is judged the same for every project; the other projects'
 * folders are left out of it.
 */
export async function scanProjects(root: string, declared: readonly string[], options: ScanOptions = {}): Promise<ProjectScans> {
  const index = await openScanIndex(root, options);
  const facts = createFacts(index);
  const whole = await scanIndex(index, facts, options);
  for (const folder of declared) {
    if (!index.files.some((file) => file.startsWith(`${folder}/`))) {
      throw new NothingToScanError(`subproject ${folder} (in .mlops-scan.yaml) holds no files the scan reads`);
    }
  }
  const discovered = discoverProjects(index.files, await mlCodeFiles(facts)).filter((folder) => !declared.includes(folder));
  const folders = [...declared.map((folder) => ({ folder, declared: true })), ...discovered.map((folder) => ({ folder, declared: false }))].sort((a, b) =>
    a.folder.localeCompare(b.folder),
  );
  const projects: ProjectScan[] = [];
  // One after another: each scan already uses every core for parsing.
  for (const { folder, declared: isDeclared } of folders) {
    const others = folders.map((f) => f.folder).filter((other) => other !== folder && !folder.startsWith(`${other}/`));
    const scan = await scanRepository(root, { ...options, leaveOut: [...(options.leaveOut ?? []), ...others] });
    projects.push({ folder, declared: isDeclared, scan });
  }
  return { whole, projects };
}

/** Files holding model training, serving or batch scoring code (what makes a project an ML project). */
async function mlCodeFiles(facts: Facts): Promise<Set<string>> {
  const [training, serving, batch] = await Promise.all([trainingCode(facts), servingAnalysis(facts), batchScoringEvidence(facts)]);
  return new Set([...training.usages, ...serving.evidence, ...batch].map((item) => item.file));
}

/**
 * The outermost folders below the root that hold a project manifest and ML code under them. The root
 * is the repository itself, never one of its projects; a folder inside a project belongs to it.
 */
export function discoverProjects(files: readonly string[], mlFiles: ReadonlySet<string>): string[] {
  const candidates = [...new Set(files.filter((file) => PROJECT_MANIFEST.test(path.posix.basename(file))).map((file) => path.posix.dirname(file)))]
    .filter((folder) => folder !== '.')
    .filter((folder) => [...mlFiles].some((file) => file.startsWith(`${folder}/`)))
    .sort();
  return candidates.filter((folder) => !candidates.some((outer) => outer !== folder && folder.startsWith(`${outer}/`)));
}
