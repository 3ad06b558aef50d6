// A deterministic synthetic ML monorepo for the benchmark, made to be at least as heavy as a real one:
// one service per ~250 files (400 services at 100k), ~12% Python by count (modules, pipelines, tests
// with relative imports), notebooks, a CI workflow, IaC (Terraform, Kubernetes, Dockerfile), docs and
// config per service, a TypeScript front end in every tenth service, data and assets for the rest, and
// a real multi-commit history made with git. The same size always gives the same tree and history.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Bumped whenever the generated tree changes, so a cached tree from an older generator is rebuilt. */
export const GENERATOR_VERSION = 2;
export const FILES_PER_SERVICE = 250;

const LIBRARIES = [
  ['mlflow', 'mlflow.log_metric("rmse", rmse)\n    mlflow.log_param("alpha", alpha)\n    mlflow.sklearn.log_model(model, "model")'],
  ['sklearn.linear_model', 'model = sklearn.linear_model.ElasticNet(alpha=alpha)\n    model.fit(frame, target)'],
  ['pandas', 'frame = pandas.read_csv(source)\n    frame = frame.dropna()'],
  ['fastapi', 'app = fastapi.FastAPI()'],
  ['torch', 'tensor = torch.tensor(values)\n    torch.save(tensor, "model.pt")'],
  ['great_expectations', 'great_expectations.from_pandas(frame).expect_column_values_to_not_be_null("id")'],
  ['requests', 'requests.get("https://example.com/health", timeout=5)'],
  ['boto3', 'boto3.client("s3").upload_file("model.pt", "bucket", "model.pt")'],
];

function pythonModule(service, i) {
  const [library, use] = LIBRARIES[(service * 7 + i) % LIBRARIES.length];
  const lines = [`"""Module ${i} of service ${service}: transforms and scoring."""`, 'import json', 'import logging', 'import os', `import ${library}`, 'from typing import Any', ''];
  if (i > 0) lines.push(`from .m${i - 1} import handler_0 as previous_handler`, '');
  lines.push('LOGGER = logging.getLogger(__name__)', '');
  for (let f = 0; f < 10; f++) {
    lines.push(`def handler_${f}(source: str, alpha: float = 0.${f + 1}, target: Any = None) -> dict:`);
    lines.push(`    """Handles step ${f} of the flow: reads the source, scales it and returns a summary."""`);
    lines.push('    result = {"source": source, "alpha": alpha}');
    lines.push('    # the settings come from the environment; see docs/usage.md for the names');
    lines.push(`    for k in range(${f + 2}):`);
    lines.push('        result[str(k)] = json.dumps({"k": k, "path": os.path.join("data", str(k))})');
    if (f === 0) lines.push(`    ${use}`);
    lines.push('    LOGGER.info("handled %s", source)');
    lines.push('    return result', '', '');
  }
  lines.push(`class Model${i}:`, '    """A small model wrapper."""', '', '    def predict(self, rows):', '        return [handler_0(r) for r in rows]', '');
  return lines.join('\n');
}

function pythonTest(i) {
  return [
    `"""Tests of module m${i}."""`,
    'import pytest',
    '',
    `from ..src.m${i} import handler_0, Model${i}`,
    '',
    '',
    '@pytest.mark.parametrize("alpha", [0.1, 0.5])',
    `def test_handler_${i}(alpha):`,
    '    assert handler_0("rows.csv", alpha)["alpha"] == alpha',
    '',
    '',
    `def test_model_${i}():`,
    `    assert Model${i}().predict(["a"])`,
    '',
  ].join('\n');
}

function pipeline(service, step) {
  return [
    `"""Pipeline step ${step} of service ${service}."""`,
    'import mlflow',
    'import pandas as pd',
    'from sklearn.model_selection import train_test_split',
    '',
    '',
    'def run(source: str) -> None:',
    '    frame = pd.read_csv(source)',
    '    train, test = train_test_split(frame, test_size=0.2)',
    '    with mlflow.start_run():',
    '        mlflow.log_metric("rows", len(train))',
    '',
  ].join('\n');
}

function notebook(service, i) {
  const cell = (type, source) => ({ cell_type: type, metadata: {}, source: source.split('\n').map((line, n, all) => (n < all.length - 1 ? `${line}\n` : line)), ...(type === 'code' ? { execution_count: 1, outputs: [{ output_type: 'stream', name: 'stdout', text: ['rows: 1000\n'] }] } : {}) });
  return JSON.stringify(
    {
      cells: [
        cell('markdown', `# Exploration ${i} of service ${service}\n\nA look at the raw data before cleaning.`),
        cell('code', 'import pandas as pd\nframe = pd.read_csv("data/raw.csv")\nframe.describe()'),
        cell('code', 'frame = frame.dropna()\nprint("rows:", len(frame))'),
        cell('markdown', '## Findings\n\nMissing values are dropped; outliers are kept for now.'),
      ],
      metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } },
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1,
  );
}

function workflow(name) {
  return `name: ${name}
on:
  pull_request:
    paths: ['services/${name}/**']
  push:
    branches: [main]
    paths: ['services/${name}/**']
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: '3.11'
      - run: pip install -r services/${name}/requirements.txt
      - run: pytest services/${name}/tests
  deploy:
    needs: test
    if: github.ref == 'refs/heads/main'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: terraform -chdir=services/${name}/infra apply -auto-approve
`;
}

function typescriptModule(i) {
  return [
    "import { readFile } from 'node:fs/promises';",
    '',
    `/** Loads the settings of view ${i}. */`,
    `export async function loadView${i}(file: string): Promise<Record<string, unknown>> {`,
    "  const text = await readFile(file, 'utf8');",
    '  return JSON.parse(text) as Record<string, unknown>;',
    '}',
    '',
  ].join('\n');
}

/** The files of one service, as [relative path, content] pairs, ~FILES_PER_SERVICE of them. */
function serviceFiles(s) {
  const name = `svc-${String(s).padStart(4, '0')}`;
  const dir = `services/${name}`;
  const files = [];
  const add = (file, content) => files.push([`${dir}/${file}`, content]);
  for (let i = 0; i < 20; i++) add(`src/m${i}.py`, pythonModule(s, i));
  add('src/__init__.py', '');
  for (let i = 0; i < 7; i++) add(`tests/test_m${i}.py`, pythonTest(i));
  add('pipelines/train.py', pipeline(s, 'train'));
  add('pipelines/evaluate.py', pipeline(s, 'evaluate'));
  for (let i = 0; i < 2; i++) add(`notebooks/explore_${i}.ipynb`, notebook(s, i));
  files.push([`.github/workflows/${name}.yml`, workflow(name)]);
  add('infra/main.tf', `resource "aws_s3_bucket" "${name}" {\n  bucket = "${name}-models"\n  tags = { service = "${name}" }\n}\n`);
  add('infra/variables.tf', 'variable "region" {\n  type    = string\n  default = "eu-west-1"\n}\n');
  add('k8s/deployment.yaml', `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n        - name: ${name}\n          image: registry.example.com/${name}:1.0.0\n          resources:\n            limits: { cpu: "1", memory: 1Gi }\n`);
  add('k8s/service.yaml', `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  ports:\n    - port: 80\n      targetPort: 8080\n`);
  add('Dockerfile', 'FROM python:3.11-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY src/ src/\nCMD ["python", "-m", "src.m0"]\n');
  add('pyproject.toml', `[project]\nname = "${name}"\nversion = "1.0.0"\ndependencies = ["pandas>=2", "scikit-learn>=1.4", "mlflow>=2"]\n\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n`);
  add('requirements.txt', 'pandas==2.2.2\nscikit-learn==1.5.0\nmlflow==2.14.1\nfastapi==0.111.0\n');
  add('params.yaml', `train:\n  alpha: 0.5\n  seed: ${s}\n`);
  add('README.md', `# ${name}\n\nThe ${name} service trains and serves a small model.\n\n## Usage\n\nRun \`pytest tests\` and \`python pipelines/train.py\`.\n`);
  for (let i = 0; i < 3; i++) add(`docs/page_${i}.md`, `# Page ${i}\n\nNotes on the data and the model of ${name}.\n\n${'Some prose about the data flow. '.repeat(20)}\n`);
  if (s % 10 === 0) for (let i = 0; i < 20; i++) add(`web/src/view_${i}.ts`, typescriptModule(i));
  for (let i = 0; files.length < FILES_PER_SERVICE; i++) {
    switch (i % 5) {
      case 0:
        add(`data/sample_${i}.csv`, `id,value,label\n${i},${(s * 31 + i) % 997},${i % 2}\n`);
        break;
      case 1:
        add(`fixtures/case_${i}.json`, JSON.stringify({ id: i, service: name, rows: [1, 2, 3] }));
        break;
      case 2:
        add(`schemas/record_${i}.json`, JSON.stringify({ type: 'object', properties: { id: { type: 'integer' } } }));
        break;
      case 3:
        add(`assets/icon_${i}.png`, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, s % 256, i % 256]));
        break;
      default:
        add(`locale/strings_${i}.txt`, `greeting_${i}=Hello from ${name}\n`);
    }
  }
  return files;
}

function rootFiles(services) {
  return [
    ['README.md', `# Synthetic ML monorepo\n\n${services} services, generated by scripts/bench/generate-monorepo.mjs.\n`],
    ['.gitignore', '__pycache__/\n*.pyc\n.venv/\n'],
    ['.pre-commit-config.yaml', 'repos:\n  - repo: https://github.com/astral-sh/ruff-pre-commit\n    rev: v0.5.0\n    hooks:\n      - id: ruff\n'],
    ['pyproject.toml', '[tool.ruff]\nline-length = 120\n'],
  ];
}

function write(root, files) {
  const made = new Set();
  for (const [file, content] of files) {
    const full = path.join(root, file);
    const dir = path.dirname(full);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(full, content);
  }
}

/**
 * Makes the tree of about `total` files in `root` (replacing what is there) with five commits: two that
 * add the services, one that edits Python, one that adds a changelog and one that edits workflows.
 */
export function generateMonorepo(root, total) {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const services = Math.max(1, Math.round(total / FILES_PER_SERVICE));
  let when = Date.UTC(2024, 0, 1) / 1000;
  const git = (...args) => {
    when += 86_400;
    const date = `${when} +0000`;
    execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', '-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', '-c', 'core.autocrlf=false', ...args], {
      cwd: root,
      stdio: 'ignore',
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
  };
  git('init', '-q');
  const firstBatch = Math.ceil(services * 0.6);
  const commit = (message) => {
    git('add', '-A');
    git('commit', '-q', '-m', message);
  };
  write(root, rootFiles(services));
  for (let s = 0; s < firstBatch; s++) write(root, serviceFiles(s));
  commit('First services');
  for (let s = firstBatch; s < services; s++) write(root, serviceFiles(s));
  commit('More services');
  const edited = [];
  for (let s = 0; s < services; s += 3) edited.push([`services/svc-${String(s).padStart(4, '0')}/src/m1.py`, `${pythonModule(s, 1)}\n# retuned alpha\n`]);
  write(root, edited);
  commit('Retune alpha in several services');
  write(root, [['CHANGELOG.md', '# Changelog\n\n## 1.0.0\n\n- First release of every service.\n']]);
  commit('Release 1.0.0');
  git('tag', 'v1.0.0');
  const workflows = [];
  for (let s = 0; s < services; s += 5) workflows.push([`.github/workflows/svc-${String(s).padStart(4, '0')}.yml`, workflow(`svc-${String(s).padStart(4, '0')}`).replace("'3.11'", "'3.12'")]);
  write(root, workflows);
  commit('Python 3.12 in CI');
}

/**
 * The generated tree for `total` files in `parent`, made once and reused while the generator's version
 * is the same. Returns its path.
 */
export function monorepo(parent, total) {
  const root = path.join(parent, `mlops-scan-bench-monorepo-${total}`);
  const stamp = path.join(root, '.git', 'mlops-scan-bench');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== String(GENERATOR_VERSION)) {
    generateMonorepo(root, total);
    writeFileSync(stamp, String(GENERATOR_VERSION));
  }
  return root;
}

/** A small ML project of 20 files with two commits: the fixed cost of a scan. */
export function smallRepository(parent) {
  const root = path.join(parent, 'mlops-scan-bench-small-20');
  const stamp = path.join(root, '.git', 'mlops-scan-bench');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === String(GENERATOR_VERSION)) return root;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const files = serviceFiles(1)
    .filter(([file]) => /\/(src\/m[0-4]\.py|tests\/test_m[0-2]\.py|pipelines\/train\.py|notebooks\/explore_0\.ipynb|infra\/main\.tf|k8s\/deployment\.yaml|Dockerfile|pyproject\.toml|requirements\.txt|params\.yaml|README\.md|docs\/page_0\.md)$/.test(file))
    .map(([file, content]) => [file.replace(/^services\/[^/]+\//, ''), content]);
  files.push(['.github/workflows/ci.yml', workflow('small')]);
  write(root, files);
  const git = (...args) => execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', '-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', ...args], { cwd: root, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_DATE: '1704067200 +0000', GIT_COMMITTER_DATE: '1704067200 +0000' } });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'Small project');
  writeFileSync(path.join(root, 'CHANGELOG.md'), '# Changelog\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'Changelog');
  writeFileSync(stamp, String(GENERATOR_VERSION));
  return root;
}

const [, , parent, total] = process.argv;
if (import.meta.url === `file://${process.argv[1]}` && parent && total) {
  console.log(total === 'small' ? smallRepository(parent) : monorepo(parent, Number(total)));
}
