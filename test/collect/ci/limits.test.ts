import { describe, expect, it } from 'vitest';
import { jobTriggers, stepText } from '../../../src/evidence/ci-steps.js';
import { MAX_JOBS_PER_FILE, MAX_STEPS_PER_FILE } from '../../../src/collect/ci/limits.js';
import { detectFrom, only } from './harness.js';

/** Detects CI over `files`, with the wall time it took. */
async function timedDetect(files: Readonly<Record<string, string>>): Promise<Awaited<ReturnType<typeof detectFrom>> & { ms: number }> {
  const start = performance.now();
  const found = await detectFrom(files);
  return { ...found, ms: performance.now() - start };
}

const jobs = (count: number, job: (i: number) => string): string => Array.from({ length: count }, (_, i) => job(i)).join('');

describe('CI reading stays linear and capped', () => {
  it('keeps the first 1,000 of 10,000 GitHub jobs and says so', async () => {
    const workflow = `on: [pull_request]\njobs:\n${jobs(10_000, (i) => `  j${i}:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest t${i}\n`)}`;
    const { ci, skipped, ms } = await timedDetect({ '.github/workflows/ci.yml': workflow });
    const pipeline = only(ci);
    expect(pipeline.jobs).toHaveLength(MAX_JOBS_PER_FILE);
    expect(pipeline.jobs[999]?.steps[0]).toMatchObject({ run: 'pytest t999', line: 6 + 999 * 4 });
    expect(skipped).toEqual([{ file: '.github/workflows/ci.yml', reason: 'only the first 1000 jobs were read' }]);
    expect(ms).toBeLessThan(8000);
  });

  it('reads 5,000 GitLab jobs that are aliases of one template in linear time', async () => {
    const config = `.base: &a\n  image: python:3.11\n  script: [pytest]\n${jobs(5000, (i) => `j${i}: *a\n`)}`;
    const { ci, ms } = await timedDetect({ '.gitlab-ci.yml': config });
    expect(only(ci).jobs[0]?.steps.map((s) => stepText(s))).toEqual(['pytest']);
    expect(ms).toBeLessThan(8000);
  });

  it('stops following GitLab templates that extend twenty others ten levels deep', async () => {
    let config = '.t0:\n  script: [pytest]\n';
    for (let level = 1; level <= 10; level++) config += `.t${level}:\n  extends: [${Array(20).fill(`.t${level - 1}`).join(', ')}]\n`;
    config += jobs(200, (i) => `j${i}:\n  extends: .t10\n`);
    const { skipped, ms } = await timedDetect({ '.gitlab-ci.yml': config });
    expect(skipped).toEqual([{ file: '.gitlab-ci.yml', reason: 'read in part: its templates and references expand too far' }]);
    expect(ms).toBeLessThan(8000);
  });

  it('caps steps per file, commands followed into a Makefile included', async () => {
    const makefile = `all:\n${'\tpytest\n'.repeat(250)}`;
    const workflow = (count: number): string => `on: push\njobs:\n${jobs(count, (i) => `  j${i}:\n    steps:\n      - run: make all\n`)}`;
    const within = await detectFrom({ '.github/workflows/ci.yml': workflow(60), Makefile: makefile });
    expect(only(within.ci).jobs.flatMap((job) => job.steps).filter((s) => s.via)).toHaveLength(60 * 250);
    expect(within.skipped).toEqual([]);
    const beyond = await detectFrom({ '.github/workflows/ci.yml': workflow(100), Makefile: makefile });
    expect(only(beyond.ci).jobs.flatMap((job) => job.steps)).toHaveLength(MAX_STEPS_PER_FILE);
    expect(beyond.skipped).toEqual([{ file: '.github/workflows/ci.yml', reason: `only the first ${MAX_STEPS_PER_FILE} steps were read (commands followed into the repository included)` }]);
  });

  it('finds CircleCI jobs behind an approval through a 3,000-job requires chain', async () => {
    let config = `version: 2.1\njobs:\n${jobs(3000, (i) => `  j${i}:\n    steps: [{run: pytest t${i}}]\n`)}workflows:\n  w:\n    jobs:\n      - hold: {type: approval}\n      - j0: {requires: [hold]}\n`;
    config += jobs(2999, (i) => `      - j${i + 1}: {requires: [j${i}]}\n`);
    const { ci, ms } = await timedDetect({ '.circleci/config.yml': config });
    const pipeline = only(ci);
    expect(pipeline.jobs).toHaveLength(MAX_JOBS_PER_FILE);
    expect(jobTriggers(pipeline, pipeline.jobs[999]!).map((t) => t.kind)).toEqual(['manual']);
    expect(ms).toBeLessThan(8000);
  });

  it('places commands of a one-line quoted script on its line, without searching the rest of the file', async () => {
    const workflow = `on: push\njobs:\n${jobs(3000, (i) => `  j${i}:\n    steps:\n      - run: "echo a${i}\\necho b\\necho c\\necho d"\n`)}`;
    const { ci, ms } = await timedDetect({ '.github/workflows/ci.yml': workflow });
    expect(only(ci).jobs[1]?.steps.map((s) => [stepText(s), s.line])).toEqual([
      ['echo a1', 8],
      ['echo b', 8],
      ['echo c', 8],
      ['echo d', 8],
    ]);
    expect(ms).toBeLessThan(8000);
  });

  it('reads a CloudFormation template whose resource ids are not valid patterns', async () => {
    const template = `Resources:\n  "Build(":\n    Type: AWS::CodeBuild::Project\n    Properties:\n      Source: {BuildSpec: "phases:\\n  build:\\n    commands: [pytest]"}\n  Pipe:\n    Type: AWS::CodePipeline::Pipeline\n    Properties:\n      Stages:\n        - Name: Build\n          Actions:\n            - ActionTypeId: {Category: Build, Provider: CodeBuild}\n              Configuration: {ProjectName: !Ref "Build("}\n`;
    const { ci } = await detectFrom({ 'template.yaml': template });
    expect(ci.pipelines.map((p) => p.system)).toContain('codepipeline');
  });
});
