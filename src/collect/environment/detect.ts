import path from 'node:path';
import type { RepoIndex } from '../../repo/repo-index.js';
import type { CollectorInput } from '../input.js';
import { condaDependencies } from './conda.js';
import { parseDockerfile } from './dockerfile.js';
import {
  CONDA_FILE,
  DEVCONTAINER,
  DOCKERFILE,
  LOCK_FILES,
  LOOKED_AT,
  PYPROJECT_LOCKS,
  REQUIREMENTS_FILE,
  TEST_FIXTURES,
} from './known-files.js';
import type { DependencyLine, EnvironmentDefinition, EnvironmentFacts, EnvironmentKind } from './model.js';
import { imagePinned } from './pins.js';
import { pyprojectDependencies } from './pyproject.js';
import { parseRequirements, requirementName, type RequirementsFile } from './requirements.js';

const UNPINNED_EXAMPLES = 5;

export async function detectEnvironment({ index, parsed }: CollectorInput): Promise<EnvironmentFacts> {
  const files = index.files.filter((file) => !TEST_FIXTURES.test(file));
  const definitions: EnvironmentDefinition[] = [];
  const add = (definition: EnvironmentDefinition | null): void => {
    if (definition) definitions.push(definition);
  };
  const base = (file: string): string => path.posix.basename(file);

  for (const file of files) {
    const lock = LOCK_FILES.find((entry) => entry.pattern.test(base(file)));
    if (lock) add(lockDefinition(file, `${lock.tool} lock file`));
  }
  const isLock = (file: string): boolean => LOCK_FILES.some((entry) => entry.pattern.test(base(file)));

  const requirementQueue = files.filter((file) => REQUIREMENTS_FILE.test(file));
  for (const file of files.filter((f) => DOCKERFILE.test(base(f)))) {
    const docker = parseDockerfile(index.lines(file));
    add(definitionOf(file, 'dockerfile', docker.dependencies, 'base images and pip/conda installs'));
    for (const reference of docker.requirementFiles) {
      const found = resolveContainerPath(index, file, reference);
      if (found) requirementQueue.push(found);
    }
  }
  const requirementFiles = readRequirements(index, requirementQueue);
  for (const entry of requirementFiles) add(requirementsDefinition(index, entry, requirementFiles));

  for (const file of files.filter((f) => CONDA_FILE.test(base(f)) && !isLock(f))) {
    const dependencies = condaDependencies(parsed, file);
    if (dependencies) add(definitionOf(file, 'conda', dependencies, 'conda environment'));
  }
  for (const file of files.filter((f) => base(f) === 'pyproject.toml')) {
    const dependencies = pyprojectDependencies(parsed, file);
    const lockedBy = [path.posix.dirname(file), '.']
      .flatMap((dir) => PYPROJECT_LOCKS.map((name) => path.posix.join(dir, name)))
      .find((candidate) => index.has(candidate));
    add(
      lockedBy
        ? definitionOf(file, 'pyproject', dependencies.map((d) => ({ ...d, pinned: true })), `ranges resolved by ${lockedBy}`)
        : definitionOf(file, 'pyproject', dependencies, 'pyproject dependencies'),
    );
  }
  for (const file of files.filter((f) => DEVCONTAINER.test(f))) {
    const line = index.lines(file).findIndex((text) => /"image"\s*:\s*"[^"]+"/.test(text));
    const image = /"image"\s*:\s*"([^"]+)"/.exec(index.lines(file)[line] ?? '')?.[1];
    if (image) add(definitionOf(file, 'devcontainer', [{ line: line + 1, text: image, pinned: imagePinned(image) }], 'dev container image'));
  }
  return { definitions, lookedAt: LOOKED_AT };
}

function lockDefinition(file: string, note: string): EnvironmentDefinition {
  return { file, kind: 'lock-file', line: null, total: 1, pinned: 1, pinnedShare: 1, unpinned: [], note };
}

function definitionOf(
  file: string,
  kind: EnvironmentKind,
  dependencies: readonly DependencyLine[],
  what: string,
): EnvironmentDefinition | null {
  const first = dependencies[0];
  if (!first) return null;
  const pinned = dependencies.filter((d) => d.pinned).length;
  return {
    file,
    kind,
    line: first.line,
    total: dependencies.length,
    pinned,
    pinnedShare: pinned / dependencies.length,
    unpinned: dependencies.filter((d) => !d.pinned).slice(0, UNPINNED_EXAMPLES),
    note: `${what}: ${pinned} of ${dependencies.length} pinned`,
  };
}

/** Each requirements file once, following `-r`/`-c` to files inside the repository. */
function readRequirements(index: RepoIndex, queue: readonly string[]): Map<string, RequirementsFile> {
  const seen = new Map<string, RequirementsFile>();
  const pending = [...queue];
  for (let file = pending.shift(); file !== undefined; file = pending.shift()) {
    if (seen.has(file)) continue;
    const parsedFile = parseRequirements(index, file);
    seen.set(file, parsedFile);
    pending.push(...parsedFile.includes, ...parsedFile.constraints);
  }
  return seen;
}

function requirementsDefinition(
  index: RepoIndex,
  [file, requirements]: [string, RequirementsFile],
  all: ReadonlyMap<string, RequirementsFile>,
): EnvironmentDefinition | null {
  // pip-tools / uv: requirements.in is the input, the compiled requirements.txt beside it is the lock.
  const compiled = file.replace(/\.in$/, '.txt');
  if (compiled !== file && index.has(compiled)) {
    return definitionOf(file, 'requirements', requirements.dependencies.map((d) => ({ ...d, pinned: true })), `compiled to ${compiled}`);
  }
  const constrained = new Set(
    requirements.constraints.flatMap((c) =>
      (all.get(c)?.dependencies ?? []).filter((d) => d.pinned).map((d) => requirementName(d.text)),
    ),
  );
  const dependencies = requirements.dependencies.map((d) => (d.pinned || !constrained.has(requirementName(d.text)) ? d : { ...d, pinned: true }));
  return definitionOf(file, 'requirements', dependencies, 'requirements');
}

/** `pip install -r /app/requirements.txt` names a container path; find the repository file it was copied from. */
function resolveContainerPath(index: RepoIndex, dockerfile: string, reference: string): string | null {
  const parts = reference.replace(/^\.\//, '').split('/').filter((p) => p !== '');
  for (let start = 0; start < parts.length; start++) {
    const suffix = parts.slice(start).join('/');
    for (const candidate of [path.posix.join(path.posix.dirname(dockerfile), suffix), suffix]) {
      if (index.has(candidate)) return candidate;
    }
  }
  return null;
}
