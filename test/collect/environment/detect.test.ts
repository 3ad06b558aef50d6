import { describe, expect, it } from 'vitest';
import { createFacts } from '../../../src/evidence/scan-facts.js';
import { RepoIndex } from '../../../src/repo/repo-index.js';
import { fixtureCopy, tempDir, writeFiles } from '../../helpers/fixture-repo.js';

async function environmentOf(dir: string) {
  return createFacts(await RepoIndex.open(dir)).environment();
}

function summary(definitions: readonly { file: string; kind: string; pinned: number; total: number }[]) {
  return definitions.map((d) => `${d.kind} ${d.file} ${d.pinned}/${d.total}`).sort();
}

describe('environment detector', () => {
  it('counts pyproject ranges as locked when uv.lock is beside them', async () => {
    const env = await environmentOf(fixtureCopy('env-uv-locked'));
    // The base image counts; `pip install uv==0.4.20` installs the installer, not a project dependency.
    expect(summary(env.definitions)).toEqual([
      'dockerfile Dockerfile 1/1',
      'lock-file uv.lock 1/1',
      'pyproject pyproject.toml 3/3',
    ]);
  });

  it('follows -r and -c includes, joins hashed continuations, and reads conda pip sub-lists', async () => {
    const env = await environmentOf(fixtureCopy('env-requirements-pinned'));
    expect(summary(env.definitions)).toEqual([
      'conda environment.yml 4/4',
      'requirements requirements.txt 2/2',
      'requirements requirements/base.txt 3/3',
      'requirements requirements/constraints.txt 1/1',
    ]);
    const conda = env.definitions.find((d) => d.kind === 'conda');
    expect(conda?.line).toBe(5);
  });

  it('reports unpinned requirements and Dockerfile installs with their lines', async () => {
    const env = await environmentOf(fixtureCopy('env-unpinned'));
    expect(summary(env.definitions)).toEqual(['dockerfile Dockerfile 0/3', 'requirements requirements.txt 0/4']);
    const docker = env.definitions.find((d) => d.kind === 'dockerfile');
    expect(docker?.unpinned.map((u) => [u.text, u.line])).toEqual([
      ['FROM python:latest', 1],
      ['fastapi', 4],
      ['uvicorn', 4],
    ]);
  });

  it('treats a pip-tools input as locked by its compiled output, and reads poetry and devcontainer pins', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'requirements/prod.in': 'pandas\nscikit-learn>=1.5\n',
      'requirements/prod.txt': 'pandas==2.2.3\nscikit-learn==1.5.2\n',
      'service/pyproject.toml': '[tool.poetry.dependencies]\npython = "^3.11"\nfastapi = "0.115.0"\nuvicorn = "^0.30"\nlocal = { path = "../lib" }\n',
      '.devcontainer/devcontainer.json': '{\n  // dev box\n  "image": "mcr.microsoft.com/devcontainers/python:1-3.11-bookworm"\n}\n',
    });
    const env = await environmentOf(dir);
    expect(summary(env.definitions)).toEqual([
      'devcontainer .devcontainer/devcontainer.json 1/1',
      'pyproject service/pyproject.toml 1/2',
      'requirements requirements/prod.in 2/2',
      'requirements requirements/prod.txt 2/2',
    ]);
    expect(env.definitions.find((d) => d.kind === 'pyproject')?.unpinned[0]?.line).toBe(4);
  });

  it('finds nothing in a project that does not define its environment, and survives a broken file', async () => {
    expect((await environmentOf(fixtureCopy('env-none'))).definitions).toEqual([]);
    const dir = tempDir();
    writeFiles(dir, {
      'environment.yml': 'dependencies: [numpy\n',
      'pyproject.toml': '[project\n',
      // a test's sample repository is not this project's environment
      'tests/fixtures/sample/requirements.txt': 'pandas\n',
    });
    const index = await RepoIndex.open(dir);
    expect((await createFacts(index).environment()).definitions).toEqual([]);
    expect(index.skipped.map((s) => s.file)).toEqual(['environment.yml', 'pyproject.toml']);
  });
});
