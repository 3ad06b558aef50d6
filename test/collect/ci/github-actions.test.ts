import { describe, expect, it } from 'vitest';
import { recogniseStep, stepText } from '../../../src/evidence/ci-steps.js';
import { detectFrom, lineOf } from './harness.js';

const CI = `name: CI
on:
  pull_request:
    branches: [main]
    paths: ['src/**']
  push:
    branches: [main]
    tags: ['v*']
  schedule:
    - cron: '0 3 * * 1'
  workflow_dispatch:
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: ./.github/actions/setup
      - run: |
          pip install -e .[dev]
          python -m pytest tests/ \\
            --cov=src
  deploy:
    if: github.ref == 'refs/heads/main'
    needs: test
    uses: ./.github/workflows/deploy.yml
`;
const DEPLOY = `on:
  workflow_call:
jobs:
  rollout:
    runs-on: ubuntu-latest
    environment:
      name: production
    steps:
      - run: helm upgrade --install api ./chart
`;
const ACTION = `name: setup
runs:
  using: composite
  steps:
    - run: pip install uv
      shell: bash
    - uses: ./.github/actions/setup
`;

describe('GitHub Actions', () => {
  it('reads triggers, jobs and steps with lines, following reusable workflows and composite actions', async () => {
    const { ci } = await detectFrom({ '.github/workflows/ci.yml': CI, '.github/workflows/deploy.yml': DEPLOY, '.github/actions/setup/action.yml': ACTION });
    const pipeline = ci.pipelines.find((p) => p.file === '.github/workflows/ci.yml')!;
    expect(pipeline.triggers).toEqual([
      { kind: 'pull_request', branches: ['main'], line: 3 },
      { kind: 'push', branches: ['main'], line: 6 },
      { kind: 'tag', patterns: ['v*'], line: 6 },
      { kind: 'schedule', cron: '0 3 * * 1', line: 10 },
      { kind: 'manual', line: 11 },
    ]);
    const test = pipeline.jobs.find((j) => j.name === 'test')!;
    expect(test.steps.map((s) => [stepText(s), s.file, s.line])).toEqual([
      ['uses: actions/checkout@v4', '.github/workflows/ci.yml', 16],
      ['uses: ./.github/actions/setup', '.github/workflows/ci.yml', 17],
      ['pip install uv', '.github/actions/setup/action.yml', lineOf(ACTION, 'pip install uv')],
      ['uses: ./.github/actions/setup', '.github/actions/setup/action.yml', lineOf(ACTION, '- uses')],
      ['pip install -e .[dev]', '.github/workflows/ci.yml', 19],
      ['python -m pytest tests/ --cov=src', '.github/workflows/ci.yml', 20],
    ]);
    const rollout = pipeline.jobs.find((j) => j.name === 'deploy → rollout')!;
    expect(rollout).toMatchObject({ file: '.github/workflows/deploy.yml', environment: 'production', triggers: [{ kind: 'push', branches: ['main'], line: 6 }] });
    expect(rollout.steps[0]).toMatchObject({ run: 'helm upgrade --install api ./chart', line: 9 });
  });

  it('reads the string and list forms of `on`, and a push without filters also covers tags', async () => {
    const { ci } = await detectFrom({
      '.github/workflows/a.yml': 'on: push\njobs:\n  a:\n    steps:\n      - run: make test\n',
      '.github/workflows/b.yml': 'on: [pull_request, workflow_run]\njobs: {}\n',
    });
    expect(ci.pipelines.map((p) => p.triggers.map((t) => t.kind))).toEqual([['push', 'tag'], ['pull_request', 'other']]);
  });

  it('skips a broken workflow with a recorded reason instead of throwing', async () => {
    const { ci, skipped } = await detectFrom({ '.github/workflows/bad.yml': 'on: [push\njobs:\n  - : :\n' });
    expect(ci.pipelines).toEqual([]);
    expect(skipped[0]).toMatchObject({ file: '.github/workflows/bad.yml', reason: expect.stringMatching(/could not parse/) });
  });
});

describe('recognised commands', () => {
  const run = (command: string) => recogniseStep({ kind: 'run', system: 'github-actions', run: command, file: 'x', line: 1 }).flatMap((r) => r.purposes);
  const uses = (reference: string, inputs: Record<string, string> = {}) =>
    recogniseStep({ kind: 'uses', system: 'github-actions', uses: reference, inputs, file: 'x', line: 1 }).flatMap((r) => r.purposes);
  it('recognises wrapped test runners but not installs or echoes', () => {
    expect(run('uv run pytest -q')).toEqual(['test']);
    expect(run('poetry run python -m pytest')).toEqual(['test']);
    expect(run('cd infra && terraform fmt -check && terraform validate')).toEqual(['iac-validate', 'iac-validate']);
    expect(run('pip install pytest')).toEqual([]);
    expect(run('echo "kubectl apply -f k8s/"')).toEqual([]);
  });
  it('tells applies from dry runs and image pushes from deploys', () => {
    expect(run('terraform -chdir=infra apply -auto-approve')).toEqual(['iac-apply']);
    expect(run('kubectl apply --dry-run=client -f k8s/')).toEqual(['iac-validate']);
    expect(run('docker push ghcr.io/acme/api:latest')).toEqual(['image-push']);
    expect(uses('pulumi/actions@v5', { command: 'preview' })).toEqual(['iac-validate']);
    expect(uses('pulumi/actions@v5', { command: 'up' })).toEqual(['iac-apply']);
    expect(uses('pulumi/actions@v5')).toEqual([]);
    expect(uses('pypa/gh-action-pypi-publish@release/v1')).toEqual(['publish']);
  });
});
