import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../../src/collect/docs/markdown.js';
import type { DocFile } from '../../../src/collect/docs/model.js';
import { staticSource } from '../../../src/collect/docs/library.js';
import { judgeSubstance } from '../../../src/collect/docs/substance.js';
import { conditionalMatcher, headingMatcher, mentionsTopic, TopicIndex } from '../../../src/collect/docs/topics.js';
import { DOC_TOPICS } from '../../../src/knowledge/docs-topics.js';

const sectionsOf = (markdown: string, file = 'README.md', exists = (_: string): boolean => false) =>
  readMarkdown(file, markdown, exists).sections;
const plain = (file: string): DocFile => ({ file, format: 'markdown', titles: [], notDocumentation: null });

describe('headingMatcher', () => {
  it('matches synonyms as whole words over punctuation and case', () => {
    const risks = headingMatcher(DOC_TOPICS.risks);
    expect(risks('Bias, Risks, and Limitations')).toBe(true);
    expect(risks('Ethical considerations')).toBe(true);
    expect(risks('Risky business')).toBe(false);
  });

  it('does not read "non-goals" as goals, nor an author list as a team', () => {
    const goals = headingMatcher(DOC_TOPICS['business-goals']);
    expect(goals('Non-goals')).toBe(false);
    expect(goals('Goals and non-goals')).toBe(true);
    expect(headingMatcher(DOC_TOPICS.team)('Authors')).toBe(false);
  });

  it('reads neither a bare "Components" nor a model\'s layers as the software architecture', () => {
    const architecture = headingMatcher(DOC_TOPICS.architecture);
    expect(architecture('Components Migration')).toBe(false);
    expect(architecture('Define the Pipeline Components')).toBe(false);
    expect(architecture('Visualize the model architecture')).toBe(false);
    expect(architecture('Neural network architecture')).toBe(false);
    expect(architecture('Skip architecture search')).toBe(false);
    expect(architecture('Architecture')).toBe(true);
    expect(architecture('System components')).toBe(true);
    expect(architecture('Kubeflow Pipelines Architecture')).toBe(true);
  });
});

describe('tool names and conditional headings', () => {
  it('reads no topic into a tool name: Weights & Biases is not bias, AWS Data Pipeline not data preparation', () => {
    const risks = headingMatcher(DOC_TOPICS.risks);
    expect(risks('Week 1: Model monitoring - Weights and Biases')).toBe(false);
    expect(risks('Weights & Biases workshop')).toBe(false);
    expect(risks('Biases in the training data')).toBe(true);
    expect(headingMatcher(DOC_TOPICS['data-preparation'])('Scheduling with AWS Data Pipeline')).toBe(false);
    expect(mentionsTopic('We log runs to Weights & Biases.', 'risks')).toBe(false);
  });

  it('does not read risk as the domain or bias as maths as the model\'s risks', () => {
    const risks = headingMatcher(DOC_TOPICS.risks);
    expect(risks('Credit risk scoring')).toBe(false);
    expect(risks('The bias-variance trade-off')).toBe(false);
    expect(risks('Credit risk model: limitations')).toBe(true);
  });

  it('takes a general heading only as the whole heading, past a step number', () => {
    const choice = conditionalMatcher(DOC_TOPICS['model-choice']);
    expect(choice('## Benchmarks')).toBe(true);
    expect(choice('3. Results')).toBe(true);
    expect(choice('Results of the load test')).toBe(false);
    const data = conditionalMatcher(DOC_TOPICS['data-definition']);
    expect(data('Dataset')).toBe(true);
    expect(data('3. Generate raw data schema')).toBe(false);
    expect(headingMatcher(DOC_TOPICS['data-definition'])('Terraform - Modules and Outputs variables')).toBe(false);
  });
});

describe('judgeSubstance', () => {
  const judge = (markdown: string) => judgeSubstance(sectionsOf(markdown).slice(1), plain('README.md'));

  it('needs real prose: TODO lines, links and images do not count', () => {
    expect(judge('# P\n## KPIs\nTODO: agree the KPIs with finance before the launch of the pilot.\n').substance).toBe('placeholder');
    expect(judge('# P\n## KPIs\nSee [the KPI sheet](https://sheets.example.com/kpis).\n').substance).toBe('links-only');
    expect(judge('# P\n## Architecture\n![lifecycle](img/mlops.png)\n').substance).toBe('image-only');
    expect(judge('# P\n## Architecture\n').substance).toBe('empty');
  });

  it('counts subsections and ignores a TODO beside real content', () => {
    const judged = judge(
      '# P\n## Architecture\n### Components\nA nightly job scores customers and writes the ranked list to the CRM.\n\nTODO: add the diagram.\n',
    );
    expect(judged).toEqual({ substance: 'content', words: 13 });
  });

  it('treats jinja/cookiecutter placeholders and template boilerplate as not documentation', () => {
    expect(judge('# P\n## Goals\nThe goals of {{ cookiecutter.project_name }} are listed by the product owner.\n').substance).toBe('template');
    expect(judge('# P\n## Data processing\nA short description of the project. Scripts live in src/data.\n').substance).toBe('placeholder');
  });

  it('never accepts a file marked as an awesome list', () => {
    const sections = sectionsOf('# Awesome\n## Risk\n- [Fairlearn](https://fairlearn.org) - assess the fairness of models in Python code.\n');
    expect(judgeSubstance(sections, { ...plain('README.md'), notDocumentation: 'awesome-list' }).substance).toBe('awesome-list');
  });
});

describe('TopicIndex', () => {
  const readme = [
    '# Fraud',
    '## Architecture',
    'See [the design](docs/scorer.md).',
    '## Usage',
    'The architecture is simple: run the scorer.',
    '```python',
    '# Model selection',
    '```',
  ].join('\n');
  const design = '# Scorer\n\nThe scorer reads features from Redis, loads the registered model and answers over HTTP in under 50 ms.\n';
  const exists = (f: string): boolean => f === 'docs/scorer.md';
  const sections = [...sectionsOf(readme, 'README.md', exists), ...sectionsOf(design, 'docs/scorer.md', exists)];
  const index = new TopicIndex(staticSource(sections, [plain('README.md'), plain('docs/scorer.md')]));

  it('follows a link-only section to a documented file of the repository', () => {
    const found = index.about('architecture');
    expect(found.hits.map((h) => [h.section.file, h.via, h.substance])).toEqual([
      ['docs/scorer.md', 'linked', 'content'],
      ['README.md', 'heading', 'links-only'],
    ]);
  });

  it('keeps passing mentions as hints and never reads code blocks', () => {
    expect(index.about('architecture').mentions.map((s) => s.headingPath.at(-1))).toEqual(['Usage']);
    expect(index.about('model-choice')).toEqual({ hits: [], mentions: [] });
  });

  it('takes a file on the topic from its navigation title or name', () => {
    const overview = sectionsOf('# Why\n\nStore managers throw away 8% of fresh produce; the forecast should halve that.\n', 'docs/overview.md');
    const titled = new TopicIndex(staticSource(overview, [{ ...plain('docs/overview.md'), titles: ['Business goals'] }]));
    expect(titled.about('business-goals').hits.map((h) => [h.via, h.title])).toEqual([['file-title', 'Business goals']]);
    const named = new TopicIndex(staticSource(sectionsOf(design, 'ARCHITECTURE.md'), [plain('ARCHITECTURE.md')]));
    expect(named.about('architecture').hits.map((h) => h.via)).toEqual(['file-name']);
  });

  it('reports a heading on the topic whose body lacks what the topic needs as unstructured', () => {
    const team = sectionsOf('# Course\n## Scenario 2: A cross-functional team\n\nMLflow setup: a local tracking server with a sqlite backend store and local artifacts.\n');
    const found = new TopicIndex(staticSource(team, [plain('README.md')])).about('team');
    expect(found.hits.map((h) => [h.substance, h.unmet])).toEqual([['unstructured', 'people-with-roles']]);
  });

  it('counts a general heading only when its body meets the condition, and marks it conditional', () => {
    const notebook = sectionsOf('# Tagger\n## Results\nThe regressor reaches 4.2 minutes of error.\n## Benchmarks\nLogistic regression performs better than the random forest on every tag we tried.\n');
    const found = new TopicIndex(staticSource(notebook, [plain('README.md')])).about('model-choice');
    expect(found.hits.map((h) => [h.section.headingPath.at(-1), h.conditional])).toEqual([['Benchmarks', true]]);
  });

  it('finds KPI vocabulary inside prose', () => {
    expect(mentionsTopic('Success is measured by two KPIs: churn and NPS.', 'kpis')).toBe(true);
    expect(mentionsTopic('We ship weekly.', 'kpis')).toBe(false);
  });
});
