import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/collect/environment/dockerfile.js';
import { condaSpecPinned, imagePinned, pipRequirementPinned } from '../../../src/collect/environment/pins.js';
import { logicalLines } from '../../../src/collect/environment/requirements.js';

describe('pin checks', () => {
  it.each([
    ['pandas==2.2.3', true],
    ['scikit-learn[alldeps]==1.5.2 ; python_version >= "3.10"', true],
    ['torch===2.4.1', true],
    ['numpy --hash=sha256:abc', true],
    ['pkg @ git+https://github.com/acme/pkg@0123456789abcdef0123456789abcdef01234567', true],
    ['pkg @ git+https://github.com/acme/pkg@main', false],
    ['pandas==2.2.*', false],
    ['pandas~=2.2', false],
    ['pandas>=2.2,<3', false],
    ['pandas', false],
  ])('pip %s → %s', (requirement, pinned) => {
    expect(pipRequirementPinned(requirement)).toBe(pinned);
  });

  it('treats local paths as no dependency at all', () => {
    expect(pipRequirementPinned('./libs/features')).toBeNull();
    expect(pipRequirementPinned('.')).toBeNull();
  });

  it.each([
    ['python=3.11', true],
    ['numpy==1.26.4', true],
    ['conda-forge::numpy=1.26.4=py311h64a7726_0', true],
    ['numpy 1.26.4', true],
    ['numpy=1.26.*', false],
    ['numpy>=1.26', false],
    ['numpy', false],
  ])('conda %s → %s', (spec, pinned) => {
    expect(condaSpecPinned(spec)).toBe(pinned);
  });

  it.each([
    ['python:3.11-slim', true],
    ['ghcr.io/acme/base:2024.06', true],
    ['python@sha256:' + 'a'.repeat(64), true],
    ['localhost:5000/trainer', false],
    ['python:latest', false],
    ['python:slim', false],
    ['python', false],
  ])('image %s → %s', (image, pinned) => {
    expect(imagePinned(image)).toBe(pinned);
  });
});

describe('Dockerfile parsing', () => {
  it('judges base images, skips stages and scratch, and judges pip/conda installs', () => {
    const docker = parseDockerfile([
      'ARG BASE=nvidia/cuda:12.4.1-runtime-ubuntu22.04',
      'FROM ${BASE} AS base',
      'RUN apt-get update && apt-get install -y git \\',
      '    && pip install --no-cache-dir -U pip "torch==2.4.1" transformers>=4.44 -r /tmp/requirements.txt',
      'RUN conda install -y -c conda-forge faiss-cpu=1.8.0 && mamba install numpy',
      'FROM base AS final',
      'FROM scratch',
    ]);
    expect(docker.dependencies.map((d) => [d.text, d.pinned, d.line])).toEqual([
      ['FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04', true, 2],
      ['torch==2.4.1', true, 3],
      ['transformers>=4.44', false, 3],
      ['faiss-cpu=1.8.0', true, 5],
      ['numpy', false, 5],
    ]);
    expect(docker.requirementFiles).toEqual(['/tmp/requirements.txt']);
  });

  it('splits RUN at &, ;, &&, || and pipes, so shell words and flags never count as packages', () => {
    const docker = parseDockerfile([
      'FROM python:3.9.7-slim',
      'RUN pip install -U pip & pip install pipenv',
      'RUN pip install --upgrade pip; pip3 install "scikit-learn==1.3.2" 2>&1 | tee /tmp/pip.log',
      'RUN python -m pip install --no-cache-dir numpy==1.26.4 > /dev/null || echo install failed',
      'RUN --mount=type=cache,target=/root/.cache /opt/conda/bin/pip install \\',
      '      -rrequirements/base.txt pandas==2.2.2 && (cd /app && pip install -e .)',
      'RUN ["pip", "install", "--no-deps", "fastapi==0.110.0"]',
      'RUN echo pip install is done && uv pip install --system polars &>/dev/null',
    ]);
    expect(docker.dependencies.map((d) => [d.text, d.pinned, d.line])).toEqual([
      ['FROM python:3.9.7-slim', true, 1],
      ['scikit-learn==1.3.2', true, 3],
      ['numpy==1.26.4', true, 4],
      ['pandas==2.2.2', true, 5],
      ['fastapi==0.110.0', true, 7],
      ['polars', false, 8],
    ]);
    expect(docker.requirementFiles).toEqual(['requirements/base.txt']);
  });

  it('cannot judge an image chosen by a build argument without a default', () => {
    expect(parseDockerfile(['ARG IMAGE', 'FROM $IMAGE']).dependencies).toEqual([]);
  });
});

describe('logical lines', () => {
  it('joins continuations and drops comments but keeps URL fragments', () => {
    expect(logicalLines(['# header', 'a==1 \\', '  --hash=sha256:x  # note', 'git+https://h/r@abc#egg=r', ''])).toEqual([
      { line: 2, text: 'a==1 --hash=sha256:x' },
      { line: 4, text: 'git+https://h/r@abc#egg=r' },
    ]);
  });
});
