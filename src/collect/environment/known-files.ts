/** Which files define an environment, by name. Knowledge as data: adding a format is one entry here. */

/**
 * Test fixtures (a scanner's or parser's sample repositories) are inputs to tests, not the project's
 * environment or release notes.
 */
export const TEST_FIXTURES = /(^|\/)(fixtures?|__fixtures__|testdata|test-data)\//i;

/** Lock files: a resolver's complete, exact record of every dependency. */
export const LOCK_FILES: readonly { readonly pattern: RegExp; readonly tool: string }[] = [
  { pattern: /^uv\.lock$/, tool: 'uv' },
  { pattern: /^poetry\.lock$/, tool: 'Poetry' },
  { pattern: /^Pipfile\.lock$/, tool: 'Pipenv' },
  { pattern: /^pdm\.lock$/, tool: 'PDM' },
  // PEP 751 lock file: pylock.toml or pylock.<name>.toml.
  { pattern: /^pylock(\.[\w-]+)?\.toml$/, tool: 'pylock (PEP 751)' },
  { pattern: /^(conda-lock\.ya?ml|[\w.-]+\.conda-lock\.ya?ml|conda-[\w-]+\.lock)$/, tool: 'conda-lock' },
  { pattern: /^(package-lock\.json|npm-shrinkwrap\.json)$/, tool: 'npm' },
  { pattern: /^yarn\.lock$/, tool: 'Yarn' },
  { pattern: /^pnpm-lock\.yaml$/, tool: 'pnpm' },
  { pattern: /^bun\.lockb?$/, tool: 'Bun' },
  { pattern: /^renv\.lock$/, tool: 'renv' },
  { pattern: /^Cargo\.lock$/, tool: 'Cargo' },
];

/** Lock files that pin a pyproject.toml's ranges when they sit beside it (or at the root of a workspace). */
export const PYPROJECT_LOCKS: readonly string[] = ['uv.lock', 'poetry.lock', 'pdm.lock', 'pylock.toml'];

/** requirements.txt, requirements-dev.txt, dev-requirements.in, requirements/base.txt ... */
export const REQUIREMENTS_FILE = /(^|\/)([\w.-]*requirements?[\w.-]*\.(txt|in)|requirements\/[\w.-]+\.(txt|in))$/i;

/** environment.yml, environment-gpu.yaml, conda.yaml (conda-lock output excluded by LOCK_FILES first). */
export const CONDA_FILE = /^(environment|conda)([-_.][\w.-]*)?\.ya?ml$/i;

export const DOCKERFILE = /^(Dockerfile|Containerfile)([-_.][\w.-]*)?$|\.(dockerfile|containerfile)$/i;

export const DEVCONTAINER = /(^|\/)(\.devcontainer\.json|\.devcontainer\/([\w.-]+\/)?devcontainer\.json)$/;

/** Installers and build tools a Dockerfile or conda env installs to install the project (PEP 503 names). */
export const PACKAGING_TOOLS: ReadonlySet<string> = new Set(['pip', 'setuptools', 'wheel', 'pipenv', 'poetry', 'uv', 'pdm', 'pip-tools']);

export const LOOKED_AT: readonly string[] = [
  'lock files (uv.lock, poetry.lock, Pipfile.lock, pdm.lock, conda-lock, package-lock.json, yarn.lock, pnpm-lock.yaml)',
  'requirements*.txt / *.in (with -r/-c includes)',
  'conda environment*.yml',
  'pyproject.toml dependencies',
  'Dockerfile (FROM, pip/conda install)',
  '.devcontainer/devcontainer.json',
];
