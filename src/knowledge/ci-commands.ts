// CI knowledge as data: the commands, actions, tasks, orbs and pipes that test, validate or apply
// infrastructure, deploy or publish, and the wrappers around them. Readers are in evidence/ci-steps.ts.

/** What a CI step is recognised to do. */
export type StepPurpose = 'test' | 'iac-apply' | 'iac-validate' | 'deploy' | 'publish' | 'image-push' | 'remote-job';

export interface RecognisedCommand {
  readonly label: string;
  readonly purposes: readonly StepPurpose[];
  /** Matched against one shell command (a `run` step split on `&&`, `;`, `|`) after wrapper prefixes are removed. */
  readonly run?: RegExp;
  /** Packaged steps (actions, tasks, orbs, pipes, CodePipeline actions) that do it, per CI system. */
  readonly uses?: UsesPatterns;
}

/**
 * A packaged step recognised by its reference and inputs: `name` is matched against the reference with
 * its version removed (`pulumi/actions`, `TerraformCLI`, `terraform/apply`, `atlassian/aws-ecs-deploy`,
 * `Deploy/CloudFormation`); each of `inputs` against that input's value, an absent input reading as ''.
 */
export interface UsesPattern {
  readonly name: RegExp;
  readonly inputs?: Readonly<Record<string, RegExp>>;
}

/**
 * Packaged-step patterns by CI system id (the folder names of src/collect/ci/systems/, which sit above
 * this layer; test/collect/ci/systems.test.ts checks every id here names a system with packaged steps).
 */
export type UsesPatterns = Readonly<Record<string, readonly UsesPattern[]>>;


/**
 * Commands, actions, tasks, orbs and pipes that test, validate or apply infrastructure, deploy or publish.
 * Adding a tool is one entry here.
 */
export const RECOGNISED_COMMANDS: readonly RecognisedCommand[] = [
  // Test runners.
  { label: 'pytest', purposes: ['test'], run: /^(py\.test|pytest)\b/ },
  { label: 'unittest', purposes: ['test'], run: /^unittest\b|^-m\s+unittest\b/ },
  { label: 'tox / nox', purposes: ['test'], run: /^(tox|nox)(\s|$)/ },
  { label: 'make test', purposes: ['test'], run: /^make\s+(?:-\S+\s+(?:\S+\s+)?)*(test|tests|unit-tests?|unittests?|integration-tests?|test-\S+)\b/ },
  { label: 'hatch test', purposes: ['test'], run: /^hatch\s+(test\b|run\s+\S*test)/ },
  { label: 'npm/yarn/pnpm test', purposes: ['test'], run: /^(npm|yarn|pnpm|bun)\s+(run\s+)?(test|t)(\s|:|$)/ },
  { label: 'vitest / jest / mocha', purposes: ['test'], run: /^(vitest|jest|mocha)(\s|$)/ },
  { label: 'go test', purposes: ['test'], run: /^go\s+test\b/ },
  { label: 'cargo test', purposes: ['test'], run: /^cargo\s+test\b/ },
  { label: 'dotnet test', purposes: ['test'], run: /^dotnet\s+test\b/ },
  { label: 'maven/gradle test', purposes: ['test'], run: /^(mvn|\.\/mvnw|gradle|\.\/gradlew)\b.*\b(test|verify|check)\b/ },
  { label: 'test script', purposes: ['test'], run: /^(bash\s+|sh\s+)?\S*\b(run[-_])?tests?\.sh\b/ },
  {
    label: 'test task',
    purposes: ['test'],
    uses: {
      'azure-pipelines': [
        { name: /^Maven$/, inputs: { goals: /\b(test|verify)\b/ } },
        { name: /^Gradle$/, inputs: { tasks: /\b(test|verify)\b/ } },
        { name: /^DotNetCoreCLI$/, inputs: { command: /^test\b/ } },
      ],
      circleci: [{ name: /^python\/test\b/ }],
    },
  },

  // Applying infrastructure as code (helm/kubectl/bundle deploys are also deployments).
  { label: 'terraform/tofu apply', purposes: ['iac-apply'], run: /^(terraform|tofu|terragrunt)\b(?!.*-(?:dry-run|help)).*\s(apply|run-all\s+apply|destroy)\b/ },
  { label: 'pulumi up', purposes: ['iac-apply'], run: /^pulumi\s+(up|update)\b/ },
  { label: 'cdk deploy', purposes: ['iac-apply'], run: /^cdk\s+deploy\b/ },
  { label: 'az deployment create', purposes: ['iac-apply'], run: /^az\s+(deployment\s+(group|sub|mg|tenant)\s+create|group\s+deployment\s+create|stack\s+\S+\s+create)\b/ },
  { label: 'CloudFormation/SAM deploy', purposes: ['iac-apply', 'deploy'], run: /^(sam\s+deploy|aws\s+cloudformation\s+(deploy|create-stack|update-stack))\b/ },
  { label: 'ansible-playbook', purposes: ['iac-apply'], run: /^ansible-playbook\b/ },
  { label: 'helm upgrade/install', purposes: ['iac-apply', 'deploy'], run: /^(helm\s+(upgrade|install)|helmfile\s+(apply|sync))\b(?!.*--dry-run)/ },
  // Applying a manifest from a URL (an ingress controller, a CRD bundle) installs someone else's code, not the repository's.
  { label: 'kubectl apply', purposes: ['iac-apply', 'deploy'], run: /^kubectl\s+(apply|create|replace)\b(?!.*--dry-run)(?!.*\s(-f|--filename|-k|--kustomize)[=\s]+['"]?(https?:|github\.com\/))/ },
  { label: 'databricks bundle deploy', purposes: ['iac-apply', 'deploy'], run: /^databricks\s+bundle\s+deploy\b/ },
  {
    // A change set only prepared, or a stack deleted, deploys nothing.
    // https://docs.aws.amazon.com/codepipeline/latest/userguide/action-reference-CloudFormation.html
    label: 'CloudFormation deploy action',
    purposes: ['iac-apply', 'deploy'],
    uses: { codepipeline: [{ name: /^Deploy\/CloudFormation(StackSet)?$/, inputs: { ActionMode: /^(?!(CHANGE_SET_REPLACE|DELETE_ONLY)\b)/ } }] },
  },
  {
    label: 'IaC apply action/task',
    purposes: ['iac-apply'],
    uses: {
      'github-actions': [
        { name: /^(dflook\/terraform-apply|azure\/arm-deploy|azure\/bicep-deploy|aws-actions\/aws-cloudformation-github-deploy|hashicorp\/tfc-workflows-github\/actions\/apply-run)\b/i },
        { name: /^pulumi\/actions$/i, inputs: { command: /^up\b/i } },
      ],
      'azure-pipelines': [
        { name: /^(TerraformTask\w*|TerraformCLI)$/i, inputs: { command: /^apply\b/i } },
        { name: /^(AzureResourceManagerTemplateDeployment|AzureResourceGroupDeployment)$/i },
      ],
      circleci: [{ name: /^(terraform\/apply|pulumi\/update)\b/i }],
      'bitbucket-pipelines': [{ name: /^atlassian\/(aws-cloudformation-deploy|azure-arm-deploy)/i }],
    },
  },
  {
    label: 'Kubernetes/Helm deploy action/task',
    purposes: ['iac-apply', 'deploy'],
    uses: {
      'github-actions': [{ name: /^azure\/k8s-deploy\b/i }],
      'azure-pipelines': [
        { name: /^HelmDeploy$/i, inputs: { command: /^(upgrade|install)\b/i } },
        { name: /^KubernetesManifest$/i, inputs: { action: /^deploy\b/i } },
        { name: /^Kubernetes$/i, inputs: { command: /^apply\b/i } },
      ],
      circleci: [{ name: /^(helm\/upgrade-helm-chart|helm\/install-helm-chart|kubernetes\/create-or-update-resource)\b/i }],
      'bitbucket-pipelines': [{ name: /^atlassian\/(kubectl-run|helm-)/i }],
    },
  },

  // Validating infrastructure as code.
  { label: 'terraform validate/plan/fmt -check', purposes: ['iac-validate'], run: /^(terraform|tofu|terragrunt)\b.*\s(validate|plan|test|run-all\s+(validate|plan))\b|^(terraform|tofu)\b.*\sfmt\b.*-check/ },
  { label: 'IaC linter/scanner', purposes: ['iac-validate'], run: /^(tflint|checkov|tfsec|terrascan|kubeconform|kubeval|kube-linter|conftest|cfn-lint|cfn_nag\S*|polaris\s+audit)(\s|$)|^trivy\s+(config|conf)\b|^trivy\b.*--scanners\s+\S*misconfig/ },
  // Rendering a chart or kustomization fails on a broken one, so it validates it (https://kubectl.docs.kubernetes.io/references/kustomize/cmd/build/).
  { label: 'helm lint / template', purposes: ['iac-validate'], run: /^helm\s+(lint|template)\b/ },
  { label: 'kustomize build', purposes: ['iac-validate'], run: /^(kustomize\s+build|kubectl\s+kustomize)\b/ },
  // https://sdk.operatorframework.io/docs/cli/operator-sdk_bundle_validate/
  { label: 'operator-sdk bundle validate', purposes: ['iac-validate'], run: /^operator-sdk\s+bundle\s+validate\b/ },
  { label: 'CloudFormation validate', purposes: ['iac-validate'], run: /^(aws\s+cloudformation\s+validate-template|sam\s+validate)\b/ },
  { label: 'dry-run apply', purposes: ['iac-validate'], run: /^(kubectl\s+apply|helm\s+(upgrade|install))\b.*--dry-run/ },
  { label: 'bicep build', purposes: ['iac-validate'], run: /^(az\s+)?bicep\s+(build|lint)\b|^az\s+deployment\s+\S+\s+(validate|what-if)\b/ },
  { label: 'pulumi preview / cdk synth', purposes: ['iac-validate'], run: /^pulumi\s+preview\b|^cdk\s+(synth|diff)\b/ },
  { label: 'databricks bundle validate', purposes: ['iac-validate'], run: /^databricks\s+bundle\s+validate\b/ },
  {
    label: 'IaC validation action/task',
    purposes: ['iac-validate'],
    uses: {
      'github-actions': [
        { name: /^(dflook\/terraform-(validate|plan|fmt-check)|bridgecrewio\/checkov-action|aquasecurity\/tfsec-\S*|terraform-linters\/tflint-\S*|stackrox\/kube-linter-action|azure\/arm-ttk\S*)\b/i },
        { name: /^aquasecurity\/trivy-action$/i, inputs: { 'scan-type': /^config\b/i } },
        { name: /^pulumi\/actions$/i, inputs: { command: /^preview\b/i } },
      ],
      'azure-pipelines': [{ name: /^(TerraformTask\w*|TerraformCLI)$/i, inputs: { command: /^(validate|plan)\b/i } }],
      circleci: [{ name: /^terraform\/(validate|plan|fmt)\b/i }],
    },
  },

  // Deploying applications and models. A Lambda's new configuration (a new model RUN_ID in its
  // environment) releases a new model as surely as new code does.
  {
    label: 'cloud deploy command',
    purposes: ['deploy'],
    run: /^(gcloud\s+(run|app|functions)\s+deploy|az\s+(webapp|functionapp)\s+(deploy|up|config\s+container\s+set|deployment)|az\s+containerapp\s+(up|update|create)|func\s+azure\s+functionapp\s+publish|aws\s+ecs\s+update-service|aws\s+lambda\s+update-function-(code|configuration)|aws\s+sagemaker\s+(create|update)-endpoint|(serverless|sls)\s+deploy|kubectl\s+(set\s+image|rollout\s+restart)|(flyctl|fly)\s+deploy|eb\s+deploy|docker\s+stack\s+deploy|heroku\s+container:release|cf\s+push)\b/,
  },
  {
    // Model-serving platforms: https://docs.anyscale.com/reference/service-api, https://modal.com/docs/reference/cli/deploy,
    // https://docs.skypilot.co/en/latest/serving/sky-serve.html, https://docs.baseten.co/reference/cli/truss/push,
    // https://docs.beam.cloud/v2/topics/deployment, https://docs.bentoml.com/en/latest/reference/bentocloud/bentocloud-cli.html
    label: 'model serving deploy command',
    purposes: ['deploy'],
    run: /^(anyscale\s+services?\s+(rollout|deploy)|modal\s+deploy|sky\s+serve\s+(up|update)|truss\s+push|beam\s+deploy|bentoml\s+deploy|bentoml\s+deployment\s+(create|update|apply)|cog\s+push|az\s+ml\s+(online|batch)-(deployment|endpoint)\s+(create|update)|gcloud\s+ai\s+endpoints\s+deploy-model|mlflow\s+deployments\s+(create|update)|seldon\s+model\s+load)\b/,
  },
  {
    label: 'CodePipeline deploy action',
    purposes: ['deploy'],
    uses: { codepipeline: [{ name: /^Deploy\/(CodeDeploy|CodeDeployToECS|ECS|ElasticBeanstalk|AppConfig|ServiceCatalog|S3)$/ }] },
  },
  { label: 'deploy script', purposes: ['deploy'], run: /^(python3?\s+|bash\s+|sh\s+|\.\/)\S*deploy\S*\.(py|sh)\b/ },
  {
    label: 'deploy action/task/orb/pipe',
    purposes: ['deploy'],
    uses: {
      'github-actions': [
        {
          name: /^(azure\/(webapps-deploy|functions-action|container-apps-deploy-action|aml-deploy)|aws-actions\/amazon-ecs-deploy-task-definition|google-github-actions\/deploy-(cloudrun|appengine|cloud-functions)|akhileshns\/heroku-deploy|superfly\/flyctl-actions)\b/i,
        },
      ],
      'azure-pipelines': [{ name: /^(AzureWebApp|AzureRmWebAppDeployment|AzureFunctionApp|AzureContainerApps|AzureWebAppContainer)$/i }],
      circleci: [{ name: /^(aws-ecs\/deploy[-_]service[-_]update|aws-ecs\/update[-_]service|heroku\/deploy-via-git|gcp-cloud-run\/deploy|serverless-framework\/deploy|aws-sam-serverless\/deploy)\b/i }],
      'bitbucket-pipelines': [
        { name: /^atlassian\/(aws-ecs-deploy|aws-lambda-deploy|azure-web-apps-deploy|google-cloud-run-deploy|google-app-engine-deploy|aws-elasticbeanstalk-deploy|heroku-deploy|azure-functions-deploy)/i },
      ],
    },
  },

  // Submitting a job that runs remotely: what it does is in its own config, which may not be followed.
  {
    label: 'remote job submission',
    purposes: ['remote-job'],
    run: /^(anyscale\s+jobs?\s+submit|sky\s+(jobs\s+)?launch|databricks\s+(bundle\s+run|jobs\s+(run-now|submit))|gcloud\s+ai\s+custom-jobs\s+create|az\s+ml\s+job\s+create|modal\s+run|ray\s+job\s+submit)\b/,
  },

  // Publishing a package (a library's release).
  { label: 'package publish', purposes: ['publish'], run: /^(twine\s+upload|poetry\s+publish|uv\s+publish|flit\s+publish|hatch\s+publish|pdm\s+publish|npm\s+publish|yarn\s+(npm\s+)?publish|pnpm\s+publish|cargo\s+publish|gem\s+push|changeset\s+publish|(anaconda|conda)\s+upload)\b|^(mvn|\.\/mvnw)\b.*\bdeploy\b|^(gradle|\.\/gradlew)\b.*\bpublish\b/ },
  {
    label: 'package publish action/task',
    purposes: ['publish'],
    uses: {
      'github-actions': [{ name: /^(pypa\/gh-action-pypi-publish|js-devtools\/npm-publish)\b/i }],
      'azure-pipelines': [{ name: /^Npm$/i, inputs: { command: /^publish\b/i } }],
      circleci: [{ name: /^(python\/publish|node\/publish)\b/i }],
      'bitbucket-pipelines': [{ name: /^atlassian\/pypi-publish/i }],
    },
  },

  // Pushing a container image (not a deployment on its own).
  { label: 'image push', purposes: ['image-push'], run: /^(docker|podman)\s+(push|buildx\s+build\b.*--push|compose\s+push|image\s+push)\b|^gcloud\s+builds\s+submit\b|^az\s+acr\s+build\b/ },
  {
    label: 'image push action/task/orb',
    purposes: ['image-push'],
    uses: {
      'github-actions': [{ name: /^docker\/build-push-action$/i, inputs: { push: /^true\b/i } }],
      'azure-pipelines': [{ name: /^Docker$/i, inputs: { command: /^(buildAndPush|push)\b/i } }],
      circleci: [{ name: /^(aws-ecr\/build[-_]and[-_]push[-_]image|docker\/publish|gcp-gcr\/build-and-push-image)\b/i }],
      'bitbucket-pipelines': [{ name: /^atlassian\/(aws-ecr-push-image|docker-push)/i }],
    },
  },
];

/** Words a command may be wrapped in before the tool itself (`uv run`, `npx`, `sudo`, `FOO=1`, `cd x &&`). */
export const WRAPPER = /^(?:sudo\s+|env\s+|time\s+|timeout\s+\S+\s+|[A-Za-z_][A-Za-z0-9_]*=\S*\s+|(?:uv|poetry|pipenv|pdm|hatch|rye|conda|micromamba|mamba)\s+run\s+(?:(?:-n|--name|-e|--env)\s+\S+\s+|-\S+\s+)*|npx\s+(?:-\S+\s+)*|pnpm\s+(?:exec|dlx)\s+|bunx\s+|python[\d.]*\s+-m\s+(?=\S+)|coverage\s+run\s+(?:-\S+\s+)*(?:-m\s+)?)/;

/** Commands that only print or comment: a placeholder deploy (`echo "deploying..."`) deploys nothing. */
export const PLACEHOLDER = /^(echo|printf|:|#|true|false|sleep|exit)\b/;

/**
 * A tool named through a Makefile variable or a local bin folder (`$(KUSTOMIZE) build`, `$(LOCALBIN)/helm`,
 * `./bin/operator-sdk`) is the tool itself: `$(OPERATOR_SDK)` reads as `operator-sdk`.
 */
export const MAKE_VARIABLE_TOOL = /^\$[({]([A-Z][A-Z0-9_]*)[)}](?=\s)/;

export const LOCAL_BIN = /^(?:\$[({][A-Z][A-Z0-9_]*[)}]|\.{0,2}\/?(?:[\w.-]+\/)*bin)\/(?=[\w-]+\s)/;

/**
 * A cluster created inside the job (kind, minikube, k3d) dies with it: what the job applies there is a
 * test, not a deployment. https://kind.sigs.k8s.io/docs/user/quick-start/ https://minikube.sigs.k8s.io/ https://k3d.io/
 */
export const THROWAWAY_CLUSTER_RUN = /(^|[|;&]\s*)(kind\s+create\s+cluster|minikube\s+start|k3d\s+cluster\s+create|ctlptl\s+create\s+cluster)\b/;

export const THROWAWAY_CLUSTER_USES: UsesPatterns = {
  'github-actions': [{ name: /^(helm\/kind-action|container-tools\/kind-action|engineerd\/setup-kind|medyagh\/setup-minikube|manusa\/actions-setup-minikube|AbsaOSS\/k3d-action|nolar\/setup-k3d-k3s)\b/i }],
};
