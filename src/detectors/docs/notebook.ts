import { readMarkdown } from './markdown.js';
import { SectionBuilder, type ParsedDoc } from './sections.js';

interface Cell {
  readonly markdown: string | null;
}

/**
 * The markdown cells of a Jupyter notebook, read as one Markdown document (headings carry across
 * cells). Parsed minimally here from the nbformat JSON — `cells[].cell_type` and `source` — because
 * only markdown text is needed; each cell's lines are placed at the JSON line where its source starts.
 */
export function readNotebookMarkdown(
  file: string,
  json: unknown,
  text: string,
  exists: (file: string) => boolean,
): ParsedDoc | null {
  const cells = cellsOf(json);
  if (!cells) return null;
  const sourceLines: number[] = [];
  text.split(/\r?\n/).forEach((line, at) => {
    if (/^\s*"source":/.test(line)) sourceLines.push(at + 1);
  });
  const aligned = sourceLines.length === cells.length;
  const builder = new SectionBuilder(file, 'notebook', exists);
  const doc: ParsedDoc = { sections: [], diagrams: [], navTitles: [], titles: [], listItems: 0, linkItems: 0 };
  cells.forEach((cell, at) => {
    if (cell.markdown === null) return;
    // In nbformat's usual layout ("source": [ then one string per line) line 1 of the cell is the next line.
    const start = aligned ? (sourceLines[at] ?? 1) : 1;
    const part = readMarkdown(file, cell.markdown, exists, { builder, lineOffset: start });
    doc.diagrams.push(...part.diagrams);
    doc.listItems += part.listItems;
    doc.linkItems += part.linkItems;
  });
  doc.sections.push(...builder.finish());
  return doc;
}

/** The markdown cells' text, joined (for a cheap look at headings before parsing). */
export function notebookMarkdown(json: unknown): string {
  return (cellsOf(json) ?? []).map((cell) => cell.markdown ?? '').join('\n');
}

function cellsOf(json: unknown): Cell[] | null {
  if (json === null || typeof json !== 'object') return null;
  const cells = (json as { cells?: unknown }).cells;
  if (!Array.isArray(cells)) return null;
  return cells.map((cell: unknown) => {
    const c = (cell ?? {}) as { cell_type?: unknown; source?: unknown };
    if (c.cell_type !== 'markdown') return { markdown: null };
    const source = Array.isArray(c.source) ? c.source.filter((s): s is string => typeof s === 'string').join('') : c.source;
    return { markdown: typeof source === 'string' ? source : null };
  });
}
