import { describe, expect, it, vi } from 'vitest';
import { detectIac } from '../../../src/collect/iac/detect.js';
import type { IacFacts } from '../../../src/collect/iac/model.js';
import { ParsedFiles } from '../../../src/repo/parsed-files.js';
import { RepoIndex } from '../../../src/repo/repo-index.js';
import { fixtureCopy, git, tempDir, writeFiles } from '../../helpers/fixture-repo.js';

async function scan(dir: string): Promise<{ facts: IacFacts; index: RepoIndex; parsed: ParsedFiles }> {
  const index = await RepoIndex.open(dir);
  const parsed = new ParsedFiles(index);
  const facts = await detectIac({ index, parsed });
  return { facts, index, parsed };
}

const fixture = async (name: string): Promise<IacFacts> => (await scan(fixtureCopy(name))).facts;

/** Environments as `name:stage@definition` for compact comparison. */
const envs = (facts: IacFacts): string[] =>
  facts.environments.map((e) => `${e.name}:${e.stage}@${e.definition ?? '-'}`).sort();

describe('detectIac per tool family', () => {
  it('Terraform: first block line per file, env folders sharing one module', async () => {
    const facts = await fixture('iac-terraform-env-folders');
    expect(facts.tools).toEqual(['terraform']);
    expect(facts.files).toEqual([
      { file: 'infra/envs/dev/main.tf', tool: 'terraform', line: 1, note: 'Terraform `terraform` block' },
      { file: 'infra/envs/prod/main.tf', tool: 'terraform', line: 1, note: 'Terraform `terraform` block' },
      { file: 'infra/modules/scoring/main.tf', tool: 'terraform', line: 3, note: 'Terraform `resource` block' },
    ]);
    // variables.tf declares inputs only: it proves nothing on its own.
    expect(facts.files.map((f) => f.file)).not.toContain('infra/modules/scoring/variables.tf');
    expect(envs(facts)).toEqual(['dev:pre-production@infra/modules/scoring', 'prod:production@infra/modules/scoring']);
  });

  it('Terraform: a tfvars file per environment feeds its root', async () => {
    const facts = await fixture('iac-terraform-single-env');
    expect(facts.environments).toEqual([
      expect.objectContaining({ name: 'prod', file: 'terraform/prod.tfvars', definition: 'terraform', stage: 'production' }),
    ]);
  });

  it('Terraform: workspace names and OpenTofu files', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'main.tofu': 'locals {\n  size = terraform.workspace == "prod" ? 3 : 1\n}\n\nresource "aws_instance" "x" {}\n',
      'terraform.tfvars': 'region = "eu-west-1"\n',
    });
    const { facts } = await scan(dir);
    expect(facts.files).toEqual([{ file: 'main.tofu', tool: 'opentofu', line: 5, note: 'OpenTofu `resource` block' }]);
    expect(facts.environments).toEqual([
      expect.objectContaining({ name: 'prod', line: 2, via: 'terraform workspace', stage: 'production' }),
    ]);
  });

  it('Pulumi: project file and stacks as environments', async () => {
    const facts = await fixture('iac-pulumi-stacks');
    expect(facts.files).toEqual([{ file: 'Pulumi.yaml', tool: 'pulumi', line: 1, note: 'Pulumi project' }]);
    expect(envs(facts)).toEqual(['production:production@.', 'staging:pre-production@.']);
  });

  it('AWS: cdk.json app line, SAM template transform line, samconfig environments', async () => {
    const facts = await fixture('iac-aws-cdk-sam');
    expect(facts.files).toEqual([
      { file: 'cdk/cdk.json', tool: 'aws-cdk', line: 2, note: 'AWS CDK app (cdk.json)' },
      { file: 'sam/template.yaml', tool: 'cloudformation', line: 2, note: 'AWS SAM template' },
    ]);
    expect(facts.environments.map((e) => [e.name, e.line, e.stage])).toEqual([
      ['staging', 3, 'pre-production'],
      ['prod', 8, 'production'],
    ]);
  });

  it('Azure: Bicep and ARM with parameter files per environment', async () => {
    const facts = await fixture('iac-azure-bicep');
    expect(facts.files.map((f) => [f.file, f.tool, f.line])).toEqual([
      ['arm/storage.json', 'arm', 2],
      ['infra/main.bicep', 'bicep', 1],
    ]);
    expect(envs(facts)).toEqual([
      'dev:pre-production@infra/main.bicep',
      'prod:production@arm',
      'prod:production@infra/main.bicep',
    ]);
  });

  it('Kubernetes, Crossplane and Kustomize overlays; pipelines and compose files are never parsed', async () => {
    const dir = fixtureCopy('iac-kubernetes-kustomize');
    const index = await RepoIndex.open(dir);
    const parsed = new ParsedFiles(index);
    const parse = vi.spyOn(parsed, 'yamlDocuments');
    const facts = await detectIac({ index, parsed });
    expect(facts.files.map((f) => [f.file, f.tool, f.line])).toEqual([
      ['crossplane/model-bucket.yaml', 'crossplane', 1],
      ['k8s/base/deployment.yaml', 'kubernetes', 1],
      ['k8s/base/kustomization.yaml', 'kustomize', 1],
      ['k8s/overlays/production/kustomization.yaml', 'kustomize', 1],
      ['k8s/overlays/production/replicas.yaml', 'kubernetes', 1],
      ['k8s/overlays/staging/kustomization.yaml', 'kustomize', 1],
    ]);
    const parsedFiles = parse.mock.calls.map(([file]) => file);
    // The kind cluster config under .github has apiVersion and kind, yet is CI configuration.
    for (const file of ['.github/kind-config.yaml', '.github/workflows/e2e.yml', 'docker-compose.yml']) {
      expect(parsedFiles).not.toContain(file);
    }
    expect(envs(facts)).toEqual(['production:production@k8s', 'staging:pre-production@k8s']);
  });

  it('Kubernetes objects written as JSON count; JSON that only names a kind or an apiVersion does not', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'models/iris/iris_deployment.json': JSON.stringify(
        { apiVersion: 'machinelearning.seldon.io/v1alpha1', kind: 'SeldonDeployment', metadata: { name: 'iris' }, spec: {} },
        null,
        2,
      ),
      // Near misses: an API payload and a settings file with the same keys but no object metadata.
      'models/iris/contract.json': '{"apiVersion": "v1", "kind": "request", "features": []}',
      'config/settings.json': '{"kind": "classifier", "apiVersion": 2, "metadata": {}}',
    });
    const { facts } = await scan(dir);
    expect(facts.files).toEqual([
      {
        file: 'models/iris/iris_deployment.json',
        tool: 'kubernetes',
        line: 2,
        note: 'Kubernetes SeldonDeployment (machinelearning.seldon.io/v1alpha1)',
      },
    ]);
  });

  it('Kubernetes manifests in environment folders are separate copies', async () => {
    const facts = await fixture('iac-kubernetes-env-copies');
    expect(facts.environments.map((e) => [e.name, e.file, e.definition])).toEqual([
      ['prod', 'deploy/prod/job.yaml', null],
      ['staging', 'deploy/staging/job.yaml', null],
    ]);
  });

  it('Helm: chart line, values per environment, templates left to the chart', async () => {
    const facts = await fixture('iac-helm-chart');
    expect(facts.files).toEqual([
      { file: 'charts/ranker/Chart.yaml', tool: 'helm', line: 2, note: 'Helm chart ranker' },
    ]);
    expect(envs(facts)).toEqual(['prod:production@charts/ranker', 'staging:pre-production@charts/ranker']);
  });

  it('Databricks bundle: bundle line and targets, stage from name or mode', async () => {
    const facts = await fixture('iac-databricks-bundle');
    expect(facts.files).toEqual([
      { file: 'databricks.yml', tool: 'databricks-bundle', line: 1, note: 'Databricks asset bundle' },
    ]);
    expect(facts.environments.map((e) => [e.name, e.line, e.stage])).toEqual([
      ['dev', 8, 'pre-production'],
      ['acc', 13, 'pre-production'],
      ['prd', 16, 'production'],
    ]);
  });

  it('Ansible: config, playbook and role tasks', async () => {
    const facts = await fixture('iac-ansible-gpu-hosts');
    expect(facts.files.map((f) => [f.file, f.line, f.note])).toEqual([
      ['ansible.cfg', 1, 'Ansible configuration'],
      ['roles/cuda/tasks/main.yml', 1, 'Ansible role tasks'],
      ['site.yml', 2, 'Ansible playbook'],
    ]);
  });

  it('platform configs outside the IaC list are kept apart', async () => {
    const facts = await fixture('iac-anyscale-cluster-only');
    expect(facts.files).toEqual([]);
    expect(facts.platformConfigs).toEqual([
      { file: 'anyscale/compute.yaml', line: 1, note: 'Anyscale compute config', platform: 'Anyscale' },
      { file: 'anyscale/job.yaml', line: 2, note: 'Anyscale job config', platform: 'Anyscale' },
    ]);
  });

  it('finds nothing in a project without IaC and says where it looked', async () => {
    const facts = await fixture('iac-none-notebook-project');
    expect(facts).toMatchObject({ files: [], environments: [], platformConfigs: [], inGitWorkTree: true });
    expect(facts.lookedAt.length).toBeGreaterThan(5);
  });
});

describe('detectIac on broken and untracked files', () => {
  // ARM, CDK and CloudFormation JSON is matched on text and never parsed, so a broken one cannot fail either.
  it('skips broken YAML, TOML and JSON with a recorded reason and keeps the valid files', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'k8s/broken.yaml': 'apiVersion: v1\nkind: ConfigMap\ndata: [unclosed\n',
      'k8s/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: api\n',
      'databricks.yml': 'bundle:\n  name: x\ntargets: {dev: [\n',
      'sam/template.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n',
      'sam/samconfig.toml': '[prod.deploy.parameters\nstack_name = "x"\n',
      'infra/params.json': '{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", ',
    });
    const { facts, index } = await scan(dir);
    expect(facts.files.map((f) => f.file)).toEqual(['k8s/service.yaml', 'sam/template.yaml']);
    expect(facts.inGitWorkTree).toBe(false);
    const skipped = index.skipped.map((s) => s.file);
    expect(skipped).toEqual(expect.arrayContaining(['databricks.yml', 'k8s/broken.yaml', 'sam/samconfig.toml']));
    for (const entry of index.skipped) expect(entry.reason).toMatch(/could not parse/);
  });

  it('lists untracked IaC by name, apart from the tracked files', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'README.md': '# model\n' });
    git(dir, ['init', '-q']);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'init']);
    writeFiles(dir, { 'infra/main.tf': 'resource "aws_s3_bucket" "b" {}\n' });
    const { facts } = await scan(dir);
    expect(facts.files).toEqual([]);
    expect(facts.untrackedFiles).toEqual(['infra/main.tf']);
    expect(facts.inGitWorkTree).toBe(true);
  });
});

describe('templated YAML', () => {
  it('never parses Helm chart templates or other templated YAML, so none is reported unreadable', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 0.1.0\n',
      'charts/api/templates/_ingress.yaml': '{{- define "api.ingress" -}}\napiVersion: networking.k8s.io/v1\nkind: Ingress\nspec:\n  tls:\n    - hosts:\n  {{- range .Values.hosts }}\n      - {{ . }}\n  {{- end }}\n{{- end }}\n',
      'deploy/job.yaml.tmpl.yaml': 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: {{ .Name }}\n',
      'playbooks/site.yml': '- hosts: gpu\n  tasks:\n    - name: install driver\n      apt:\n        name: "{{ driver_package }}"\n',
    });
    const { facts, index } = await scan(dir);
    expect(index.skipped).toEqual([]);
    expect(facts.files.map((f) => `${f.tool} ${f.file}`)).toEqual(['helm charts/api/Chart.yaml', 'ansible playbooks/site.yml']);
  });
});
