import { describe, expect, it } from 'vitest';
import { DocLibrary } from '../../../src/collect/docs/library.js';
import { headingMatcher } from '../../../src/collect/docs/topics.js';
import { DOC_TOPICS } from '../../../src/knowledge/docs-topics.js';
import { ParsedFiles } from '../../../src/repo/parsed-files.js';
import { describedFieldsInCode } from '../../../src/evidence/docs-context.js';
import type { CodeFacts, SourceModule } from '../../../src/collect/code/model.js';
import { createFacts } from '../../../src/evidence/scan-facts.js';
import { RepoIndex } from '../../../src/repo/repo-index.js';
import { fixtureCopy, tempDir, writeFiles } from '../../helpers/fixture-repo.js';

async function docsOf(dir: string) {
  return createFacts(await RepoIndex.open(dir)).docs();
}

describe('detectDocs', () => {
  it('indexes every documentation format with file, line and heading path', async () => {
    const docs = await docsOf(fixtureCopy('docs-complete-ml-project', { git: false }));
    const at = (file: string) => docs.sections.filter((s) => s.file === file).map((s) => [s.line, s.headingPath.join(' › ')]);
    expect(at('docs/data-dictionary.rst')).toEqual([[1, 'Data dictionary']]);
    expect(at('docs/architecture.adoc')).toEqual([[1, 'System design'], [3, 'System design › Architecture']]);
    expect(at('notebooks/01-data-cleaning.ipynb').map(([, path]) => path)).toEqual(['Data cleaning', 'Data cleaning › Analysis']);
    expect(docs.ownership).toEqual([{ file: '.github/CODEOWNERS', kind: 'codeowners', entries: 2, line: 2 }]);
    expect(docs.lookedAt[0]).toMatch(/^5 documentation files/);
  });

  it('reads described dvc stages, dbt columns, mkdocs nav titles and ADRs', async () => {
    const docs = await docsOf(fixtureCopy('docs-structured-evidence', { git: false }));
    expect(docs.describedStages.map((s) => [s.stage, s.line])).toEqual([['extract', 3], ['clean', 8]]);
    expect(docs.describedSchemas).toEqual([
      { file: 'models/marts/schema.yml', line: 8, kind: 'dbt', describedFields: 4, fields: 4 },
    ]);
    expect(docs.files.find((f) => f.file === 'docs/overview.md')?.titles).toEqual(['Business goals and KPIs']);
    expect(docs.decisionRecords).toEqual(['docs/adr/0001-use-gradient-boosting-model.md']);
    expect(docs.diagrams.map((d) => [d.file, d.kind])).toEqual([['docs/diagrams/system.drawio', 'drawio']]);
  });

  it('leaves out changelogs, licences, requirements, tests and issue templates; marks templates', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'CHANGELOG.md': '# Changelog\n## Architecture\nReworked.\n',
      'LICENSE.md': '# MIT\n',
      'requirements.txt': 'pandas==2.2.2\n',
      'tests/fixtures/README.md': '# Fixture\n',
      '.github/ISSUE_TEMPLATE/bug.md': '# Bug\n',
      'docs/notes.txt': 'Notes\n=====\n\nPlain text notes about the project and its data.\n',
      '{{cookiecutter.slug}}/README.md': '# {{ cookiecutter.name }}\n',
      'README.md': '# Project\n',
    });
    const docs = await docsOf(dir);
    expect(docs.files.map((f) => [f.file, f.format, f.notDocumentation])).toEqual([
      ['README.md', 'markdown', null],
      ['docs/notes.txt', 'text', null],
      ['{{cookiecutter.slug}}/README.md', 'markdown', 'template'],
    ]);
  });

  it('leaves out design proposals and agent skill folders, and says so', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'README.md': '# Scoring service\n\nServes churn scores to the CRM.\n',
      'proposals/1234-literal-inputs/README.md': '# KEP-1234\n## Goals\nLet pipeline authors pass literal inputs.\n',
      'keps/0002/README.md': '# KEP\n## Risks and Mitigations\nThe API may break.\n',
      'docs/rfcs/0001-cache.md': '# RFC\n## Success Criteria\nCache hit rate over 80%.\n',
      'SKILL.md': '# Skill at the top\n',
      'skills/README.md': '# Skills for coding assistants\n',
      'skills/sdk/SKILL.md': '---\nname: sdk\n---\n# Using the SDK\n',
      'skills/sdk/references/session_manager.md': '# Session manager\n## Core Responsibilities\nKeeps the session.\n',
      'tools/skills-free/README.md': '# Tools\n',
    });
    const docs = await docsOf(dir);
    expect(docs.files.map((f) => f.file)).toEqual(['README.md', 'tools/skills-free/README.md']);
    expect(docs.lookedAt[0]).toMatch(/design proposals \(proposals\/, keps\/, rfcs\/, enhancements\/\)/);
  });

  it('lists pictures that may be flow or design diagrams, leaving out badges and plots', async () => {
    const docs = await docsOf(fixtureCopy('docs-flow-diagram-images', { git: false }));
    expect(docs.diagramImages.map((i) => [i.file, i.line, i.target, i.why])).toEqual([
      ['README.md', 18, 'images/serving_flow.png', 'name'],
      ['README.md', 22, 'images/lambda.png', 'heading'],
    ]);
  });

  it('records a broken notebook as skipped instead of throwing', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'eda.ipynb': '{"cells": [', 'README.md': '# Project\n' });
    const index = await RepoIndex.open(dir);
    const docs = await createFacts(index).docs();
    expect(docs.files.map((f) => f.file)).toEqual(['README.md']);
    expect(index.skipped.map((s) => s.file)).toContain('eda.ipynb');
  });
});

describe('describedFieldsInCode', () => {
  const module = (file: string, calls: SourceModule['calls']): SourceModule => ({
    file, language: 'python', imports: [], calls, decorators: [], definitions: [],
  });
  const call = (callee: string, line: number, keywords: string[]) => ({ callee, line, snippet: callee, keywords });

  it('counts Feast fields and pandera columns declared with a description', async () => {
    const code: CodeFacts = {
      sources: [],
      ownDefinitions: async () => ({ definitions: [], filesCounted: 0, sampled: false }),
      modulesMentioning: async () => [
        module('features.py', [
          call('feast.Field', 10, ['name', 'dtype', 'description']),
          call('feast.Field', 11, ['name', 'dtype']),
          call('feast.FeatureView', 12, ['name']),
        ]),
        module('schema.py', [call('pandera.Column', 4, ['dtype'])]),
      ],
    };
    expect(await describedFieldsInCode(code)).toEqual([
      { file: 'features.py', line: 10, kind: 'feast', describedFields: 1, fields: 2 },
    ]);
  });
});

describe('DocLibrary', () => {
  it('parses for a topic only the Markdown files whose headings or titles can be on it', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'README.md': '# Project\n\n## Architecture\n\nA nightly job scores customers and writes the list to the CRM.\n',
      'docs/usage.md': '# Usage\n\nRun the job; the architecture is described in the README.\n',
      'docs/ops.md': '---\ntitle: System design\n---\nThe job runs on Kubernetes with one pod per region and a shared cache.\n',
    });
    const index = await RepoIndex.open(dir);
    const input = { index, parsed: new ParsedFiles(index), facts: createFacts(index) };
    const library = new DocLibrary(input, index.files.map((file) => ({ file, format: 'markdown' as const })), []);
    const onTopic = headingMatcher(DOC_TOPICS.architecture);
    const picked = library.candidates(onTopic, (info) => info.titles.some(onTopic)).map((f) => f.info.file);
    expect(picked).toEqual(['README.md', 'docs/ops.md']);
    expect(library.document('docs/usage.md')?.sections.map((s) => s.headingPath)).toEqual([['Usage']]);
  });

  it('finds notebook headings without parsing the notebook, in list or single-string sources', async () => {
    const notebook = (source: unknown) =>
      JSON.stringify({ cells: [{ cell_type: 'markdown', metadata: {}, source }], nbformat: 4 }, null, 1);
    const dir = tempDir();
    writeFiles(dir, {
      'lines.ipynb': notebook(['# Tagger\n', '\n', '## System design\n', 'The tagger reads tickets from the queue and writes tags back.\n']),
      'string.ipynb': notebook('# Tagger\n\n## System design\nThe tagger reads tickets from the queue and writes tags back.'),
      'other.ipynb': notebook(['# Tagger\n', '## Usage\n', 'Run all cells.\n']),
    });
    const index = await RepoIndex.open(dir);
    const input = { index, parsed: new ParsedFiles(index), facts: createFacts(index) };
    const library = new DocLibrary(input, index.files.map((file) => ({ file, format: 'notebook' as const })), []);
    const onTopic = headingMatcher(DOC_TOPICS.architecture);
    const picked = library.candidates(onTopic, () => false);
    expect(picked.map((f) => f.info.file)).toEqual(['lines.ipynb', 'string.ipynb']);
    const lines = index.text('lines.ipynb')?.split('\n') ?? [];
    const design = picked[0]?.sections.find((s) => s.headingPath.at(-1) === 'System design');
    expect(lines[(design?.line ?? 0) - 1]).toContain('## System design');
  });
});
