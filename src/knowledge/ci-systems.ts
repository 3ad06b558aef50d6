/**
 * The CI/CD systems the scanner reads, as data: one entry per system, whose key is the system's id.
 * Adding a system is an entry here plus its reader in src/collect/ci/ (the readers' map is typed by these
 * keys, so a system without a reader does not compile) and a fixture.
 */
export interface CiSystemInfo {
  readonly name: string;
  readonly docs: string;
  /** Where its pipelines are defined, as the report's "looked at" shows it. */
  readonly lookedAt: readonly string[];
  /**
   * Regular-expression sources of the variables (or expressions) that carry the commit being built: a
   * training step given one records the code version with the model (criterion 22).
   */
  readonly commitVariables: readonly string[];
  /**
   * Regular-expression sources of the variables that carry the CI run's own id or number: a platform run
   * named or tagged with one leads back to the CI run, and so to its commit (criterion 22, `medium`).
   */
  readonly runIdVariables: readonly string[];
  /**
   * How a packaged step is written (`uses:`, `task:`, `orb:`, `pipe:`, `action:`) and how its version is
   * attached to its name (`actions/checkout@v4`, `atlassian/aws-ecs-deploy:1.12.0`); null where the
   * system has only shell steps.
   */
  readonly packagedSteps: { readonly keyword: string; readonly version: RegExp | null } | null;
}

export const CI_SYSTEMS = {
  'github-actions': {
    name: 'GitHub Actions',
    docs: 'https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions',
    lookedAt: ['.github/workflows/*.yml'],
    commitVariables: ['github\\.sha', 'GITHUB_SHA'],
    runIdVariables: ['github\\.run_id', 'GITHUB_RUN_ID'],
    packagedSteps: { keyword: 'uses', version: /@.*$/ },
  },
  'gitlab-ci': {
    name: 'GitLab CI/CD',
    docs: 'https://docs.gitlab.com/ee/ci/yaml/',
    lookedAt: ['.gitlab-ci.yml'],
    commitVariables: ['CI_COMMIT_(SHORT_)?SHA'],
    runIdVariables: ['CI_PIPELINE_I?ID', 'CI_JOB_ID'],
    packagedSteps: null,
  },
  'azure-pipelines': {
    name: 'Azure Pipelines',
    docs: 'https://learn.microsoft.com/azure/devops/pipelines/yaml-schema/',
    lookedAt: ['**/azure-pipelines.{yml,yaml}', '**/*.azure-pipelines.{yml,yaml}', '.azure-pipelines/**/*.{yml,yaml}', '.azuredevops/**/*.{yml,yaml}', '.pipelines/**/*.{yml,yaml}'],
    commitVariables: ['Build\\.SourceVersion', 'BUILD_SOURCEVERSION'],
    runIdVariables: ['Build\\.Build(Id|ID|Number)', 'BUILD\\.BUILD(ID|NUMBER)', 'BUILD_BUILD(ID|NUMBER)'],
    packagedSteps: { keyword: 'task', version: /@.*$/ },
  },
  jenkins: {
    name: 'Jenkins',
    docs: 'https://www.jenkins.io/doc/book/pipeline/syntax/',
    lookedAt: ['Jenkinsfile', '**/Jenkinsfile*', '**/*.jenkinsfile'],
    commitVariables: ['\\bGIT_COMMIT\\b'],
    runIdVariables: ['\\bBUILD_NUMBER\\b', '\\bBUILD_TAG\\b'],
    packagedSteps: null,
  },
  circleci: {
    name: 'CircleCI',
    docs: 'https://circleci.com/docs/configuration-reference/',
    lookedAt: ['.circleci/config.yml'],
    commitVariables: ['CIRCLE_SHA1'],
    runIdVariables: ['CIRCLE_BUILD_NUM', 'CIRCLE_WORKFLOW_ID'],
    packagedSteps: { keyword: 'orb', version: null },
  },
  'bitbucket-pipelines': {
    name: 'Bitbucket Pipelines',
    docs: 'https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/',
    lookedAt: ['bitbucket-pipelines.yml'],
    commitVariables: ['BITBUCKET_COMMIT'],
    runIdVariables: ['BITBUCKET_BUILD_NUMBER'],
    packagedSteps: { keyword: 'pipe', version: /:.*$/ },
  },
  codepipeline: {
    name: 'AWS CodePipeline / CodeBuild',
    docs: 'https://docs.aws.amazon.com/codebuild/latest/userguide/build-spec-ref.html',
    lookedAt: ['AWS::CodePipeline::Pipeline / AWS::CodeBuild::Project in CloudFormation templates', 'buildspec*.yml'],
    commitVariables: [],
    runIdVariables: ['CODEBUILD_BUILD_(ID|NUMBER)'],
    packagedSteps: { keyword: 'action', version: null },
  },
  /** Google Cloud Build: its triggers live in the Cloud project, so its pipelines have none here. */
  'cloud-build': {
    name: 'Google Cloud Build',
    docs: 'https://cloud.google.com/build/docs/build-config-file-schema',
    lookedAt: ['cloudbuild*.yaml', 'build/*.yaml (Google Cloud Build; its triggers live in the Cloud project)'],
    commitVariables: [],
    runIdVariables: ['\\$\\{?BUILD_ID\\b'],
    packagedSteps: null,
  },
  drone: {
    name: 'Drone CI',
    docs: 'https://docs.drone.io/pipeline/overview/',
    lookedAt: ['.drone.yml'],
    commitVariables: ['DRONE_COMMIT(_SHA)?\\b'],
    runIdVariables: ['DRONE_BUILD_NUMBER'],
    packagedSteps: null,
  },
} as const satisfies Record<string, CiSystemInfo>;

export type CiSystem = keyof typeof CI_SYSTEMS;

/** Any CI system's own run id or number, as written in a step. */
export const CI_RUN_ID_VARIABLE = new RegExp(Object.values(CI_SYSTEMS).flatMap((system) => system.runIdVariables).join('|'));

/** Any CI system's commit variable, as written in a step. */
export const CI_COMMIT_VARIABLE = new RegExp(Object.values(CI_SYSTEMS).flatMap((system) => system.commitVariables).join('|'));
