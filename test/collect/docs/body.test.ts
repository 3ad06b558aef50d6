import { describe, expect, it } from 'vitest';
import { isFieldEntry, meetsBody, namesPerson } from '../../../src/collect/docs/body.js';
import { readMarkdown } from '../../../src/collect/docs/markdown.js';
import { readRst } from '../../../src/collect/docs/plain-markup.js';

const none = (): boolean => false;
/** The body of the document's second section (the first is its title), as a topic lookup sees it. */
const bodyOf = (markdown: string) => readMarkdown('README.md', markdown, none).sections.slice(1);

describe('isFieldEntry', () => {
  it('takes "name: meaning" items and table rows naming a field with its meaning', () => {
    expect(isFieldEntry('tenure_days: days since the account was opened')).toBe(true);
    expect(isFieldEntry('age (int) - age of the customer in years')).toBe(true);
    expect(isFieldEntry('| `monthly_minutes` | Minutes of usage in the last 30 days |')).toBe(true);
  });

  it('leaves out table headers, file lists and short values', () => {
    expect(isFieldEntry('| Column | Description |')).toBe(false);
    expect(isFieldEntry('train.csv: the training split of 2023')).toBe(false);
    expect(isFieldEntry('data/raw/orders.parquet | the nightly export from the shop')).toBe(false);
    expect(isFieldEntry('backend: sqlite')).toBe(false);
  });
});

describe('namesPerson', () => {
  it('finds handles, e-mail addresses and first-and-last names', () => {
    expect(namesPerson('@jweber runs the service')).toBe(true);
    expect(namesPerson('ops: ml-oncall@example.com')).toBe(true);
    expect(namesPerson('Retention lead (Mia Chen): owns the KPIs')).toBe(true);
  });

  it('does not take capitalised role words for a name', () => {
    expect(namesPerson('Data Scientist: trains the model')).toBe(false);
    expect(namesPerson('A cross-functional team with one data scientist')).toBe(false);
  });
});

describe('meetsBody', () => {
  it('field-list: a table of columns with their meaning, not a paragraph about a schema', () => {
    const table = bodyOf('# P\n## Dataset\n\n| Column | Meaning |\n|---|---|\n| `id` | Help desk identifier, unique per ticket |\n| `title` | Subject line the customer typed |\n| `tag` | Queue the ticket was resolved in |\n');
    expect(meetsBody('field-list', table, 'Dataset')).toBe(true);
    const prose = bodyOf('# P\n## Generate raw data schema\n\nTFDV infers a schema from the statistics; later steps use it to validate new data.\n');
    expect(meetsBody('field-list', prose, 'Generate raw data schema')).toBe(false);
  });

  it('field-list: an rst definition list counts as one entry per term', () => {
    const doc = readRst('dict.rst', 'Data\n====\n\n``age``\n   Age of the customer in years.\n\n``tenure``\n   Days since the account was opened.\n\n``plan``\n   Subscription plan at scoring time.\n', none);
    expect(meetsBody('field-list', doc.sections, 'Data')).toBe(true);
  });

  it('people-with-roles: people with roles, or names under a role heading; not a tutorial set-up', () => {
    const team = bodyOf('# P\n## Team\n\n- Ana Ruiz: data scientist, trains and evaluates the model\n- @tberg: ML engineer, owns the pipelines\n');
    expect(meetsBody('people-with-roles', team, 'Team')).toBe(true);
    const maintainers = bodyOf('# P\n## Maintainers\n\n- @ana-ruiz\n- @tberg\n');
    expect(meetsBody('people-with-roles', maintainers, 'Maintainers')).toBe(true);
    const scenario = bodyOf('# P\n## Scenario 2: A cross-functional team\n\nMLflow setup:\n\n- tracking server: yes, local server\n- backend store: sqlite database\n');
    expect(meetsBody('people-with-roles', scenario, 'Scenario 2: A cross-functional team')).toBe(false);
    const authors = bodyOf('# P\n## Team\n\nJane Doe, John Smith and Wei Zhang (University of Somewhere).\n');
    expect(meetsBody('people-with-roles', authors, 'Team')).toBe(false);
  });

  it('people-with-roles: a RACI table', () => {
    const raci = bodyOf('# P\n## Team\n\n| Task | R | A | C | I |\n|---|---|---|---|---|\n| Retraining | DS | ML lead | Ops | Sales |\n');
    expect(meetsBody('people-with-roles', raci, 'Team')).toBe(true);
  });

  it('model-comparison: models compared or one chosen, not a single score', () => {
    const best = bodyOf('# P\n## Results\n\nOur best model is GPT 4 with few-shot prompts at an F1 of 0.92.\n');
    expect(meetsBody('model-comparison', best, 'Results')).toBe(true);
    const better = bodyOf('# P\n## Benchmarks\n\nLogistic regression performs better than the random forest on every tag.\n');
    expect(meetsBody('model-comparison', better, 'Benchmarks')).toBe(true);
    const single = bodyOf('# P\n## Results\n\nThe regressor reaches a mean absolute error of 4.2 minutes on February.\n');
    expect(meetsBody('model-comparison', single, 'Results')).toBe(false);
  });

  it('about-the-model: a model risk, not a project plan risk', () => {
    expect(meetsBody('about-the-model', bodyOf('# P\n## Risks\n\nThe model under-ranks new customers.\n'), 'Risks')).toBe(true);
    expect(meetsBody('about-the-model', bodyOf('# P\n## Risks\n\nThe vendor contract may not be renewed in time.\n'), 'Risks')).toBe(false);
  });

  it('about-the-model under a bare "Limitations": a line must say how the model can go wrong', () => {
    const product = '# P\n## Limitations\n\n- Models without `data_type` in schema.yml default to the String type.\n';
    const model = '# P\n## Limitations\n\nThe model was trained on English reviews and may not generalise to other languages.\n';
    expect(meetsBody('about-the-model', bodyOf(product), 'Limitations')).toBe(false);
    expect(meetsBody('about-the-model', bodyOf(model), 'Limitations')).toBe(true);
  });
});
