import { describe, expect, test } from 'vitest';
import { notebookPython, readNotebook, type Notebook } from '../../../src/collect/code/notebook.js';

const notebookText = [
  '{',
  ' "cells": [',
  '  {"cell_type": "markdown", "metadata": {}, "source": ["# Title\\n", "Some *text*"]},',
  '  {',
  '   "cell_type": "code",',
  '   "metadata": {},',
  '   "outputs": [],',
  '   "source": [',
  '    "%%time\\n",',
  '    "import mlflow\\n",',
  '    "x = \\"quoted \\\\\\" text\\""',
  '   ]',
  '  },',
  '  {"cell_type": "code", "metadata": {}, "outputs": [], "source": "!pip install x\\nfor i in y:\\n    %time f(i)\\n"}',
  ' ],',
  ' "metadata": {"kernelspec": {"language": "python", "name": "python3"}},',
  ' "nbformat": 4,',
  ' "nbformat_minor": 5',
  '}',
].join('\n');

function read(text: string): Notebook {
  const reading = readNotebook(text);
  if ('error' in reading) throw new Error(reading.error);
  return reading.notebook;
}

describe('readNotebook', () => {
  test('gives code and markdown cells with the .ipynb line of every source line', () => {
    const notebook = read(notebookText);
    expect(notebook.language).toBe('python');
    expect(notebook.cells.map((c) => c.kind)).toEqual(['markdown', 'code', 'code']);
    expect(notebook.cells[0]?.lines).toEqual([
      { text: '# Title', line: 3 },
      { text: 'Some *text*', line: 3 },
    ]);
    expect(notebook.cells[1]?.lines).toEqual([
      { text: '%%time', line: 9 },
      { text: 'import mlflow', line: 10 },
      { text: 'x = "quoted \\" text"', line: 11 },
    ]);
    // A source given as one string is on one line of the file.
    expect(notebook.cells[2]?.lines.map((l) => l.line)).toEqual([14, 14, 14]);
  });

  test('a malformed notebook is an error, not a throw', () => {
    expect(readNotebook('{"cells": [ {"cell_type": "code", "source": ["x"]}')).toHaveProperty('error');
    expect(readNotebook('{"worksheets": []}')).toEqual({ error: 'malformed notebook: no "cells" list (nbformat 4 expected)' });
    expect(readNotebook('{"cells": [{"cell_type": "code", "source": 3}]}')).toHaveProperty('error');
  });
});

describe('notebookPython', () => {
  test('blanks IPython syntax so the code parses, keeping one line per source line', () => {
    const code = notebookPython(read(notebookText));
    expect(code.source.split('\n')).toEqual(['', 'import mlflow', 'x = "quoted \\" text"', 'pass', 'for i in y:', '    pass']);
    expect(code.lineMap).toEqual([9, 10, 11, 14, 14, 14]);
  });

  test('a non-Python cell magic blanks its whole cell', () => {
    const code = notebookPython({
      language: null,
      cells: [{ kind: 'code', lines: [{ text: '%%bash', line: 5 }, { text: 'mlflow ui', line: 6 }] }],
    });
    expect(code.source).toBe('\n');
  });
});
