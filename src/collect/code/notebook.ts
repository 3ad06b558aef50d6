import type { ParsedFiles } from '../../repo/parsed-files.js';
import { isRecord } from '../../util/records.js';
import { JsonSyntaxError, parseJsonWithLines, type LocatedJson } from './json-lines.js';

export type NotebookCellKind = 'code' | 'markdown' | 'raw';

/** One line of a cell's source and the line of the .ipynb file where it is written. */
export interface NotebookLine {
  readonly text: string;
  readonly line: number;
}

export interface NotebookCell {
  readonly kind: NotebookCellKind;
  readonly lines: readonly NotebookLine[];
}

export interface Notebook {
  /** The kernel's language as the notebook declares it (lower-case), null when it does not say. */
  readonly language: string | null;
  readonly cells: readonly NotebookCell[];
}

export type NotebookReading = { readonly notebook: Notebook } | { readonly error: string };

/**
 * A repository notebook, read once per scan (the code layer and the docs index both read them); null
 * (and recorded as skipped with the reason) when it is unreadable or malformed.
 */
export function notebookOf(parsed: ParsedFiles, file: string): Notebook | null {
  return parsed.derived.perFile(readNotebookFile, file);
}

function readNotebookFile(parsed: ParsedFiles, file: string): Notebook | null {
  const text = parsed.index.text(file);
  const reading = text === null ? null : readNotebook(text);
  if (reading && 'error' in reading) parsed.index.skip(file, reading.error);
  return reading && 'notebook' in reading ? reading.notebook : null;
}

/**
 * Reads an .ipynb file (nbformat 4: `cells[].cell_type` and `source` as a string or a list of lines)
 * with each source line's line number in the file. Never throws: a malformed notebook gives `error`.
 */
export function readNotebook(text: string): NotebookReading {
  let json: LocatedJson;
  try {
    json = parseJsonWithLines(text);
  } catch (error) {
    return { error: `malformed notebook: ${error instanceof JsonSyntaxError ? error.message : 'invalid JSON'}` };
  }
  const root = json.value;
  if (!isRecord(root) || !Array.isArray(root['cells'])) return { error: 'malformed notebook: no "cells" list (nbformat 4 expected)' };
  const cells: NotebookCell[] = [];
  for (const cell of root['cells']) {
    if (!isRecord(cell)) return { error: 'malformed notebook: a cell is not an object' };
    const kind = cell['cell_type'];
    if (kind !== 'code' && kind !== 'markdown' && kind !== 'raw') continue;
    const lines = sourceLines(cell, json);
    if (!lines) return { error: 'malformed notebook: a cell has no text "source"' };
    cells.push({ kind, lines });
  }
  return { notebook: { language: declaredLanguage(root), cells } };
}

function sourceLines(cell: Record<string, unknown>, json: LocatedJson): NotebookLine[] | null {
  const source = cell['source'];
  const pieces: { text: string; line: number }[] = [];
  if (typeof source === 'string') {
    pieces.push({ text: source, line: json.stringLine(cell, 'source') ?? 0 });
  } else if (Array.isArray(source)) {
    for (const [i, piece] of source.entries()) {
      if (typeof piece !== 'string') return null;
      pieces.push({ text: piece, line: json.stringLine(source, i) ?? 0 });
    }
  } else {
    return null;
  }
  // nbformat stores one line per list item, but a writer may put several lines (or all) in one string:
  // every line of a string is then written on that string's line of the file.
  const lines: NotebookLine[] = [];
  let open: NotebookLine | null = null;
  for (const piece of pieces) {
    const parts = piece.text.split('\n');
    parts.forEach((part, i) => {
      const text: string = (i === 0 && open ? open.text : '') + part.replace(/\r$/, '');
      const line = i === 0 && open ? open.line : piece.line;
      if (i < parts.length - 1) lines.push({ text, line });
      else open = text === '' && i > 0 ? null : { text, line };
    });
  }
  if (open) lines.push(open);
  return lines;
}

function declaredLanguage(root: Record<string, unknown>): string | null {
  const metadata = root['metadata'];
  if (!isRecord(metadata)) return null;
  const kernel = metadata['kernelspec'];
  const info = metadata['language_info'];
  const language = (isRecord(kernel) && kernel['language']) || (isRecord(info) && info['name']);
  return typeof language === 'string' ? language.toLowerCase() : null;
}

/** A notebook's code as one Python module, and the .ipynb line of each of its lines. */
export interface NotebookPython {
  readonly source: string;
  /** `lineMap[n - 1]` is the .ipynb line of line n of `source`. */
  readonly lineMap: readonly number[];
}

/**
 * The code cells joined in order (a later cell sees an earlier cell's imports, as the kernel does), with
 * IPython syntax blanked so that it parses: line magics (`%time`, `x = %env`), shell escapes (`!pip`),
 * help (`obj?`), and cell magics (`%%bash` blanks its whole cell; `%%time` and kin only their own line,
 * as their body is Python).
 */
export function notebookPython(notebook: Notebook): NotebookPython {
  const out: string[] = [];
  const lineMap: number[] = [];
  for (const cell of notebook.cells) {
    if (cell.kind !== 'code') continue;
    const magic = cellMagic(cell);
    const blankAll = magic !== null && !PYTHON_BODY_CELL_MAGICS.has(magic);
    for (const [i, { text, line }] of cell.lines.entries()) {
      const isMagicLine = magic !== null && i === firstCodeLine(cell);
      out.push(blankAll || isMagicLine ? '' : blankLineMagic(text));
      lineMap.push(line);
    }
  }
  return { source: out.join('\n'), lineMap };
}

/** Cell magics whose body is ordinary Python. https://ipython.readthedocs.io/en/stable/interactive/magics.html */
const PYTHON_BODY_CELL_MAGICS: ReadonlySet<string> = new Set(['time', 'timeit', 'capture', 'prun', 'debug', 'memit', 'mprun', 'python', 'python3']);

function firstCodeLine(cell: NotebookCell): number {
  return cell.lines.findIndex((l) => l.text.trim() !== '');
}

function cellMagic(cell: NotebookCell): string | null {
  const first = cell.lines[firstCodeLine(cell)]?.text.trim() ?? '';
  return first.startsWith('%%') ? (/^%%(\w+)/.exec(first)?.[1] ?? '') : null;
}

const LINE_MAGIC = /^\s*(?:[%!?]|[\w.]+\?{1,2}\s*$|[\w.,\s]+=\s*[%!])/;

function blankLineMagic(text: string): string {
  if (!LINE_MAGIC.test(text)) return text;
  // Keep the indentation and a statement, so that a magic inside a block leaves the block valid.
  return `${/^\s*/.exec(text)?.[0] ?? ''}pass`;
}
