import { describe, expect, it } from 'vitest';
import { jobTriggers, stepText } from '../../../src/evidence/ci-steps.js';
import { detectFrom, lineOf, only } from './harness.js';

const GITLAB = `include:
  - local: ci/templates.yml
workflow:
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
stages: [test, deploy]
test:
  extends: .python
  script:
    - pytest -q
deploy:
  stage: deploy
  environment: production
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  script:
    - !reference [.helm, script]
nightly:
  rules:
    - if: $CI_PIPELINE_SOURCE == "schedule"
    - when: never
  script: python retrain.py
`;
const GITLAB_TEMPLATES = `.python:
  image: python:3.12
  before_script:
    - pip install -r requirements.txt
.helm:
  script:
    - helm upgrade --install model ./chart
`;

describe('GitLab CI', () => {
  it('maps workflow and job rules, extends, includes and !reference', async () => {
    const { ci } = await detectFrom({ '.gitlab-ci.yml': GITLAB, 'ci/templates.yml': GITLAB_TEMPLATES });
    const pipeline = only(ci);
    const job = (name: string) => pipeline.jobs.find((j) => j.name === name)!;
    expect(pipeline.jobs.map((j) => j.name)).toEqual(['test', 'deploy', 'nightly']);
    expect(jobTriggers(pipeline, job('test'))).toEqual([
      { kind: 'pull_request', branches: null, line: 5, file: '.gitlab-ci.yml' },
      { kind: 'push', branches: ['$CI_DEFAULT_BRANCH'], line: 6, file: '.gitlab-ci.yml' },
    ]);
    expect(job('test').steps.map((s) => [stepText(s), s.file, s.line])).toEqual([
      ['pip install -r requirements.txt', 'ci/templates.yml', 4],
      ['pytest -q', '.gitlab-ci.yml', 11],
    ]);
    expect(job('deploy')).toMatchObject({ environment: 'production', triggers: [{ kind: 'push', branches: ['$CI_DEFAULT_BRANCH'], line: 16 }] });
    expect(job('deploy').steps[0]).toMatchObject({ run: 'helm upgrade --install model ./chart', file: 'ci/templates.yml', line: 7 });
    expect(job('nightly').triggers).toEqual([{ kind: 'schedule', cron: null, line: 21, file: '.gitlab-ci.yml' }]);
  });

  it('treats a job without rules as GitLab does: every branch push and tag', async () => {
    const { ci } = await detectFrom({ '.gitlab-ci.yml': 'unit:\n  script:\n    - make test\ndeploy:\n  when: manual\n  script: ./deploy.sh\n' });
    const [unit, deploy] = only(ci).jobs;
    expect(unit?.triggers?.map((t) => t.kind)).toEqual(['push', 'tag']);
    expect(deploy?.triggers).toEqual([{ kind: 'manual', line: 5, file: '.gitlab-ci.yml' }]);
  });
});

const AZURE = `trigger:
  branches:
    include: [main]
pr:
  branches:
    include: [main]
schedules:
  - cron: "0 2 * * *"
    branches: { include: [main] }
stages:
  - stage: Test
    jobs:
      - job: unit
        steps:
          - script: |
              pip install -r requirements.txt
              pytest
          - template: templates/lint.yml
  - stage: Deploy
    condition: and(succeeded(), eq(variables['Build.SourceBranch'], 'refs/heads/main'))
    jobs:
      - deployment: infra
        environment: prod
        strategy:
          runOnce:
            deploy:
              steps:
                - task: TerraformTaskV4@4
                  inputs:
                    command: apply
`;

describe('Azure Pipelines', () => {
  it('reads trigger/pr/schedules, stages, deployment jobs, conditions and step templates', async () => {
    const { ci } = await detectFrom({ 'azure-pipelines.yml': AZURE, 'templates/lint.yml': 'steps:\n  - bash: terraform fmt -check\n' });
    const pipeline = only(ci);
    expect(pipeline.triggers).toEqual([
      { kind: 'push', branches: ['main'], line: 1 },
      { kind: 'pull_request', branches: ['main'], line: 4 },
      { kind: 'schedule', cron: '0 2 * * *', line: 8 },
    ]);
    const [unit, infra] = pipeline.jobs;
    expect(unit?.steps.map((s) => [stepText(s), s.file, s.line])).toEqual([
      ['pip install -r requirements.txt', 'azure-pipelines.yml', 16],
      ['pytest', 'azure-pipelines.yml', 17],
      ['terraform fmt -check', 'templates/lint.yml', 2],
    ]);
    expect(infra).toMatchObject({ name: 'Deploy/infra', environment: 'prod', triggers: [{ kind: 'push', branches: ['main'] }] });
    expect(infra?.steps[0]).toMatchObject({ kind: 'uses', system: 'azure-pipelines', uses: 'TerraformTaskV4@4', inputs: { command: 'apply' }, line: lineOf(AZURE, 'task:') });
  });

  it('defaults to a push on every branch when `trigger` is absent', async () => {
    const { ci } = await detectFrom({ 'build.azure-pipelines.yml': 'steps:\n  - script: npm test\n' });
    expect(only(ci).triggers).toEqual([{ kind: 'push', branches: null, line: null }]);
  });
});

const JENKINS = `pipeline {
  agent any
  triggers {
    cron('H 2 * * *')
  }
  stages {
    stage('Test') {
      steps {
        sh 'pip install -r requirements.txt'
        sh """
          python -m pytest
        """
      }
    }
    stage('PR checks') {
      when { changeRequest() }
      steps { sh 'tflint' }
    }
    stage('Deploy') {
      when { branch 'main' }
      steps {
        sh "kubectl apply -f k8s/"
      }
    }
  }
}
`;

describe('Jenkinsfile', () => {
  it('reads stages, sh steps, cron triggers and when conditions', async () => {
    const { ci } = await detectFrom({ Jenkinsfile: JENKINS });
    const pipeline = only(ci);
    expect(pipeline.triggers.map((t) => t.kind)).toEqual(['schedule', 'push', 'pull_request', 'push']);
    const [test, pr, deploy] = pipeline.jobs;
    expect(test?.steps.map((s) => [stepText(s), s.line])).toEqual([['pip install -r requirements.txt', 9], ['python -m pytest', 11]]);
    expect(test?.triggers).toBeUndefined();
    expect(pr).toMatchObject({ name: 'PR checks', triggers: [{ kind: 'pull_request', line: 16 }], steps: [{ run: 'tflint', line: 17 }] });
    expect(deploy).toMatchObject({ triggers: [{ kind: 'push', branches: ['main'], line: 20 }], steps: [{ run: 'kubectl apply -f k8s/', line: 22 }] });
  });
});

const CIRCLE = `version: 2.1
orbs:
  aws-ecr: circleci/aws-ecr@9.0
commands:
  install:
    steps:
      - run: pip install -r requirements.txt
jobs:
  test:
    docker: [{ image: cimg/python:3.12 }]
    steps:
      - checkout
      - install
      - run:
          name: tests
          command: pytest
workflows:
  main:
    jobs:
      - test
      - hold:
          type: approval
      - aws-ecr/build-and-push-image:
          repo: model
          filters:
            branches:
              only: main
      - deploy-prod:
          requires: [hold]
  nightly:
    triggers:
      - schedule:
          cron: "0 0 * * *"
          filters: { branches: { only: main } }
    jobs: [test]
`;

describe('CircleCI', () => {
  it('reads workflows, local commands, orb jobs, filters, approvals and schedules', async () => {
    const { ci } = await detectFrom({ '.circleci/config.yml': CIRCLE });
    const [main, nightly] = ci.pipelines;
    expect(main?.jobs.map((j) => [j.name, j.triggers?.map((t) => t.kind)])).toEqual([
      ['test', ['push']],
      ['aws-ecr/build-and-push-image', ['push']],
      ['deploy-prod', ['manual']],
    ]);
    expect(main?.jobs[0]?.steps.map((s) => [stepText(s), s.line])).toEqual([['pip install -r requirements.txt', 7], ['pytest', 16]]);
    expect(main?.jobs[1]).toMatchObject({ triggers: [{ branches: ['main'] }], steps: [{ kind: 'uses', system: 'circleci', uses: 'aws-ecr/build-and-push-image', inputs: { repo: 'model' } }] });
    expect(nightly?.triggers).toEqual([{ kind: 'schedule', cron: '0 0 * * *', line: 33 }]);
  });
});

const BITBUCKET = `image: python:3.12
definitions:
  steps:
    - step: &test
        name: Test
        script:
          - pip install -r requirements.txt
          - pytest
pipelines:
  pull-requests:
    '**':
      - step: *test
  branches:
    main:
      - step: *test
      - step:
          name: Deploy
          deployment: production
          script:
            - pipe: atlassian/aws-ecs-deploy:1.12.0
              variables:
                CLUSTER_NAME: ml
  tags:
    'v*':
      - parallel:
          - step:
              name: Publish
              script: [twine upload dist/*]
  custom:
    retrain:
      - step:
          name: Retrain
          trigger: manual
          script: [python train.py]
`;

describe('Bitbucket Pipelines', () => {
  it('reads sections as pipelines, anchors, parallel steps, pipes and deployments', async () => {
    const { ci } = await detectFrom({ 'bitbucket-pipelines.yml': BITBUCKET });
    expect(ci.pipelines.map((p) => [p.name, p.triggers[0]?.kind, p.jobs.map((j) => j.name)])).toEqual([
      ['pull-requests: **', 'pull_request', ['Test']],
      ['branches: main', 'push', ['Test', 'Deploy']],
      ['tags: v*', 'tag', ['Publish']],
      ['custom: retrain', 'manual', ['Retrain']],
    ]);
    const pr = ci.pipelines[0]!;
    expect(pr.jobs[0]?.steps.map((s) => [stepText(s), s.line])).toEqual([['pip install -r requirements.txt', 7], ['pytest', 8]]);
    expect(ci.pipelines[1]?.jobs[1]).toMatchObject({ environment: 'production', steps: [{ kind: 'uses', system: 'bitbucket-pipelines', uses: 'atlassian/aws-ecs-deploy:1.12.0', inputs: { CLUSTER_NAME: 'ml' }, line: 20 }] });
  });
});
