import { describe, expect, it } from 'vitest';
import { readMarkdown, readNotebookMarkdown } from '../../../src/collect/docs/markdown.js';
import { readNotebook, type Notebook } from '../../../src/collect/code/notebook.js';
import { readAsciidoc, readRst } from '../../../src/collect/docs/plain-markup.js';

const none = (): boolean => false;

describe('readMarkdown', () => {
  const text = [
    '---',
    'title: Churn model',
    '---',
    'Intro text with a [link](https://example.com).',
    '',
    '# Churn',
    '',
    '## Business goals',
    '',
    'Reduce churn of subscription customers by five percent in two quarters.',
    '',
    '```python',
    '# Architecture',
    'x = 1',
    '```',
    '',
    '### Details',
    '',
    'More words.',
    '',
    '## Architecture',
    'See [the design](docs/design.md).',
    '',
    '```mermaid',
    '%% system',
    'flowchart LR',
    '  A --> B',
    '```',
    '',
    '```mermaid',
    'pie title Share',
    '```',
  ].join('\n');
  const doc = readMarkdown('README.md', text, (f) => f === 'docs/design.md');

  it('gives every section its heading path, line and prose, with code blocks left out', () => {
    expect(doc.sections.map((s) => [s.line, s.headingPath])).toEqual([
      [4, []],
      [6, ['Churn']],
      [8, ['Churn', 'Business goals']],
      [17, ['Churn', 'Business goals', 'Details']],
      [21, ['Churn', 'Architecture']],
    ]);
    const goals = doc.sections[2];
    expect(goals?.text).toBe('Reduce churn of subscription customers by five percent in two quarters.');
    expect(goals?.proseWords).toBe(11);
    expect(doc.sections.map((s) => s.headingPath.at(-1))).not.toContain('Architecture ');
  });

  it('keeps link labels out of the word count and resolves local links', () => {
    const architecture = doc.sections[4];
    expect(architecture?.proseWords).toBe(1);
    expect(architecture?.links).toEqual([{ target: 'docs/design.md', line: 22, image: false, local: 'docs/design.md' }]);
  });

  it('reads front matter titles and architecture-capable mermaid diagrams only', () => {
    expect(doc.titles).toEqual(['Churn model']);
    expect(doc.diagrams).toEqual([
      { file: 'README.md', line: 24, kind: 'mermaid', headingPath: ['Churn', 'Architecture'], type: 'flowchart' },
    ]);
  });

  it('counts list items that are only links (awesome lists)', () => {
    const list = readMarkdown('README.md', '- [a](https://a) - tool\n- **[b](https://b)**\n- plain item\n', none);
    expect([list.listItems, list.linkItems]).toEqual([3, 2]);
  });
});

describe('readRst', () => {
  const text = [
    '=========',
    'Churn',
    '=========',
    '',
    'Data preparation',
    '----------------',
    '',
    'We drop rows without a customer id because they cannot be joined to outcomes.',
    '',
    '.. code-block:: python',
    '',
    '   # Model selection',
    '   df = df.dropna()',
    '',
    'See `the guide <https://example.com/guide>`_ for more.',
    '',
    '.. toctree::',
    '',
    '   Architecture <design>',
    '',
    '.. mermaid::',
    '',
    '   graph TD',
    '   a --> b',
  ].join('\n');
  const doc = readRst('docs/index.rst', text, (f) => f === 'docs/design.rst');

  it('finds underlined and overlined headings with levels by first appearance', () => {
    expect(doc.sections.map((s) => [s.line, s.headingPath, s.depth])).toEqual([
      [2, ['Churn'], 1],
      [5, ['Churn', 'Data preparation'], 2],
    ]);
  });

  it('leaves directive bodies out of prose and reads toctree titles and diagrams', () => {
    const prep = doc.sections[1];
    expect(prep?.text).not.toContain('Model selection');
    expect(prep?.links.map((l) => l.target)).toEqual(['https://example.com/guide']);
    expect(doc.navTitles).toEqual([{ file: 'docs/design.rst', title: 'Architecture' }]);
    expect(doc.diagrams.map((d) => [d.kind, d.type, d.line])).toEqual([['mermaid', 'graph', 21]]);
  });
});

describe('readAsciidoc', () => {
  const text = [
    '= Churn',
    '',
    '== Architecture',
    '',
    'The scorer reads features from the warehouse and writes scores back nightly.',
    '',
    '[plantuml]',
    '----',
    '@startuml',
    'A -> B',
    '@enduml',
    '----',
    '',
    '== Risks',
    'link:https://wiki/risks[Risk register]',
  ].join('\n');
  const doc = readAsciidoc('docs/design.adoc', text, none);

  it('reads = headings, leaves listing blocks out and finds plantuml blocks', () => {
    expect(doc.sections.map((s) => [s.line, s.headingPath])).toEqual([
      [1, ['Churn']],
      [3, ['Churn', 'Architecture']],
      [14, ['Churn', 'Risks']],
    ]);
    expect(doc.sections[1]?.text).not.toContain('@startuml');
    expect(doc.diagrams.map((d) => [d.kind, d.line])).toEqual([['plantuml', 8]]);
    expect(doc.sections[2]?.proseWords).toBe(0);
    expect(doc.sections[2]?.links.map((l) => l.target)).toEqual(['https://wiki/risks']);
  });
});

describe('readMarkdown pictures and tables', () => {
  it('records an HTML <img> as an image on its own line', () => {
    const doc = readMarkdown('README.md', '# P\n\n## Design\n\n<p align="center">\n  <img src="img/system.png" width="500"/>\n</p>\n', none);
    expect(doc.sections.at(-1)?.links).toEqual([{ target: 'img/system.png', line: 6, image: true, local: null }]);
  });

  it('keeps each row of a pipe table as a line of its own, without the delimiter row', () => {
    const doc = readMarkdown('README.md', '# P\n\n| Field | Meaning |\n|---|---|\n| age | Age in years |\n', none);
    expect(doc.sections[0]?.text.split('\n')).toEqual(['| Field | Meaning |', '| age | Age in years |']);
  });
});

describe('readNotebookMarkdown', () => {
  const notebook = {
    cells: [
      { cell_type: 'markdown', source: ['# Cleaning\n', '\n', 'We remove duplicate orders.\n'] },
      { cell_type: 'code', source: ['# Model selection\n', 'df = 1\n'] },
      { cell_type: 'markdown', source: '## Outliers\nPrices above the 99th percentile are clipped.' },
      { cell_type: 'markdown', source: ['## Columns\n', '\n', '| Column | Meaning |\n', '|---|---|\n', '| price | Price paid in euros, tax included |'] },
    ],
    nbformat: 4,
  };
  const text = JSON.stringify(notebook, null, 1);
  const read = (): Notebook => {
    const reading = readNotebook(text);
    if ('error' in reading) throw new Error(reading.error);
    return reading.notebook;
  };

  it('reads markdown cells only, as one document placed at the source lines', () => {
    const doc = readNotebookMarkdown('eda.ipynb', read(), none);
    expect(doc.sections.map((s) => [s.headingPath, s.format])).toEqual([
      [['Cleaning'], 'notebook'],
      [['Cleaning', 'Outliers'], 'notebook'],
      [['Cleaning', 'Columns'], 'notebook'],
    ]);
    const lines = text.split('\n');
    expect(lines[(doc.sections[0]?.line ?? 0) - 1]).toContain('# Cleaning');
    expect(doc.sections.map((s) => s.text).join(' ')).not.toContain('Model selection');
  });

  it('places a cell written as one string, and each table row, on its own .ipynb line', () => {
    const doc = readNotebookMarkdown('eda.ipynb', read(), none);
    const lines = text.split('\n');
    expect(lines[(doc.sections[1]?.line ?? 0) - 1]).toContain('## Outliers');
    const columns = doc.sections[2];
    expect(columns?.text.split('\n')).toEqual(['| Column | Meaning |', '| price | Price paid in euros, tax included |']);
  });
});
