import { stepText } from '../../../src/evidence/ci-steps.js';
import { describe, expect, it } from 'vitest';
import { detectFrom, only } from './harness.js';

const workflow = (run: string) => `name: ci\non:\n  pull_request:\njobs:\n  check:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ${run}\n`;

describe('CI steps followed into the repository', () => {
  it('follows make targets through prerequisites and $(MAKE), with the recipe lines', async () => {
    const { ci } = await detectFrom({
      '.github/workflows/ci.yml': workflow('make ci'),
      Makefile: 'VERSION := 1\n.PHONY: ci\nci: lint\n\t$(MAKE) unit\nlint:\n\t@ruff check .\nunit:\n\t-python -m pytest -q\n',
    });
    const steps = only(ci).jobs[0]!.steps;
    expect(steps.map((s) => [stepText(s), s.file, s.line])).toEqual([
      ['make ci', '.github/workflows/ci.yml', 8],
      ['ruff check .', 'Makefile', 6],
      ['$(MAKE) unit', 'Makefile', 4],
      ['python -m pytest -q', 'Makefile', 8],
    ]);
    expect(steps[3]!.via).toEqual({ run: 'make ci', file: '.github/workflows/ci.yml', line: 8 });
  });

  it('follows scripts and Anyscale job entrypoints, and stops at unknown targets and missing files', async () => {
    const { ci } = await detectFrom({
      '.github/workflows/ci.yml': workflow('anyscale job submit --config-file jobs/job.yaml --wait && make nothing && ./missing.sh'),
      'jobs/job.yaml': 'name: checks\ncompute_config: small\nentrypoint: bash scripts/run.sh\n',
      'scripts/run.sh': '#!/bin/bash\nset -e\n# unit tests\npytest tests \\\n  --maxfail=1\n',
      Makefile: 'build:\n\tpython -m build\n',
    });
    const steps = only(ci).jobs[0]!.steps.slice(1);
    expect(steps.map((s) => [stepText(s), s.file, s.line])).toEqual([
      ['bash scripts/run.sh', 'jobs/job.yaml', 3],
      ['set -e', 'scripts/run.sh', 2],
      ['pytest tests --maxfail=1', 'scripts/run.sh', 4],
    ]);
  });

  it('does not loop on a script that calls itself', async () => {
    const { ci } = await detectFrom({ '.github/workflows/ci.yml': workflow('bash loop.sh'), 'loop.sh': 'echo hi\nbash loop.sh\n' });
    expect(only(ci).jobs[0]!.steps.length).toBeLessThan(6);
  });
});
