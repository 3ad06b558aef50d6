import type { Code, Nodes, Parent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { ARCHITECTURE_MERMAID_TYPES } from '../../knowledge/docs-topics.js';
import type { Notebook } from '../code/notebook.js';
import { splitFrontMatter } from './front-matter.js';
import type { Diagram, DocFormat } from './model.js';
import { countWords, localTarget, SectionBuilder, type NavTitle, type ParsedDoc } from './sections.js';

interface Inline {
  text: string[];
  words: number;
}

/**
 * Reads a Markdown document with a CommonMark parser (mdast-util-from-markdown), so a `# comment`
 * inside a fenced code block is code, not a heading. `lineMap` places a notebook cell in its file
 * (`lineMap[n - 1]` is the file line of the text's line n).
 */
export function readMarkdown(
  file: string,
  text: string,
  exists: (file: string) => boolean,
  options: { readonly format?: DocFormat; readonly lineMap?: readonly number[]; readonly builder?: SectionBuilder } = {},
): ParsedDoc & { readonly builder: SectionBuilder } {
  const { body, titles } = splitFrontMatter(text);
  const lineMap = options.lineMap;
  const builder = options.builder ?? new SectionBuilder(file, options.format ?? 'markdown', exists);
  const tree = fromMarkdown(body);
  const definitions = new Map<string, string>();
  for (const node of tree.children) if (node.type === 'definition') definitions.set(node.identifier, node.url);
  const doc: ParsedDoc & { builder: SectionBuilder } = {
    sections: [],
    diagrams: [],
    navTitles: [],
    titles: [...titles],
    listItems: 0,
    linkItems: 0,
    builder,
  };
  const fileLine = (line: number): number => (lineMap ? (lineMap[line - 1] ?? lineMap.at(-1) ?? line) : line);
  const lineOf = (node: Nodes): number => fileLine(node.position?.start.line ?? 1);

  // `<img src="...">` is as much a picture as `![alt](...)` (READMEs use it to set a width).
  const htmlImages = (node: Nodes & { value: string }): void => {
    const start = node.position?.start.line ?? 1;
    for (const match of node.value.matchAll(HTML_IMAGE)) {
      const below = node.value.slice(0, match.index).split('\n').length - 1;
      builder.link(match[1] ?? '', fileLine(start + below), true);
    }
  };

  const inline = (node: Nodes, out: Inline, inLink: boolean): void => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        out.text.push(node.value);
        if (!inLink) out.words += countWords(node.value);
        return;
      case 'link':
        builder.link(node.url, lineOf(node), false);
        for (const child of node.children) inline(child, out, true);
        return;
      case 'linkReference':
        builder.link(definitions.get(node.identifier) ?? `[${node.identifier}]`, lineOf(node), false);
        for (const child of node.children) inline(child, out, true);
        return;
      case 'image':
        builder.link(node.url, lineOf(node), true);
        return;
      case 'imageReference':
        builder.link(definitions.get(node.identifier) ?? `[${node.identifier}]`, lineOf(node), true);
        return;
      case 'break':
        out.text.push(' ');
        return;
      case 'html':
        htmlImages(node);
        return;
      default:
        if ('children' in node) for (const child of (node as Parent).children) inline(child, out, inLink);
    }
  };

  const paragraph = (node: Nodes): void => {
    const out: Inline = { text: [], words: 0 };
    inline(node, out, false);
    const joined = out.text.join('');
    if (joined.trim() === '') builder.touch(lineOf(node));
    else if (isPipeTable(joined)) tableRows(joined, out.words, node.position?.start.line ?? 1);
    else builder.prose(joined, out.words, lineOf(node));
  };

  // CommonMark has no tables: a GFM pipe table is one paragraph. Its rows are kept as lines of their
  // own, so that a data dictionary or a RACI table can be read row by row.
  const tableRows = (joined: string, words: number, line: number): void => {
    let left = words;
    joined.split('\n').forEach((row, at) => {
      if (TABLE_DELIMITER.test(row)) return;
      const own = Math.min(left, countWords(row));
      left -= own;
      builder.prose(row, own, fileLine(line + at));
    });
  };

  const code = (node: Code): void => {
    builder.touch(lineOf(node));
    const diagram = diagramOf(file, node, lineOf(node), builder.path);
    if (diagram) doc.diagrams.push(diagram);
    if (node.lang === '{toctree}') doc.navTitles.push(...toctreeTitles(file, node.value, exists));
  };

  const block = (node: RootContent, topLevel: boolean): void => {
    switch (node.type) {
      case 'heading':
        if (topLevel) builder.heading(headingText(node), node.depth, lineOf(node));
        else paragraph(node);
        return;
      case 'code':
        code(node);
        return;
      case 'html':
        htmlImages(node);
        return;
      case 'definition':
      case 'thematicBreak':
        return;
      case 'list':
        for (const item of node.children) {
          doc.listItems++;
          const first = item.children[0];
          if (first?.type === 'paragraph' && startsWithLink(first.children)) doc.linkItems++;
          for (const child of item.children) block(child, false);
        }
        return;
      case 'blockquote':
        for (const child of node.children) block(child, false);
        return;
      default:
        paragraph(node);
    }
  };

  for (const node of (tree as Root).children) block(node, true);
  if (!options.builder) doc.sections.push(...builder.finish());
  return doc;
}

const HTML_IMAGE = /<img\b[^>]*?\bsrc\s*=\s*["']([^"']+)["']/gi;

const TABLE_DELIMITER = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** A GFM pipe table: a header row, then the delimiter row (`|---|:---:|`). */
function isPipeTable(paragraph: string): boolean {
  const [header, delimiter] = paragraph.split('\n');
  return header !== undefined && header.includes('|') && delimiter !== undefined && TABLE_DELIMITER.test(delimiter);
}

/**
 * The markdown cells of a notebook (read by the code layer's reader, which keeps each source line's
 * line in the .ipynb file) as one Markdown document: headings carry across cells.
 */
export function readNotebookMarkdown(file: string, notebook: Notebook, exists: (file: string) => boolean): ParsedDoc {
  const builder = new SectionBuilder(file, 'notebook', exists);
  const doc: ParsedDoc = { sections: [], diagrams: [], navTitles: [], titles: [], listItems: 0, linkItems: 0 };
  for (const cell of notebook.cells) {
    if (cell.kind !== 'markdown' || cell.lines.length === 0) continue;
    const text = cell.lines.map((l) => l.text).join('\n');
    const part = readMarkdown(file, text, exists, { builder, lineMap: cell.lines.map((l) => l.line) });
    doc.diagrams.push(...part.diagrams);
    doc.listItems += part.listItems;
    doc.linkItems += part.linkItems;
  }
  doc.sections.push(...builder.finish());
  return doc;
}

function headingText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (!('children' in node)) return '';
  return (node as Parent).children.map(headingText).join('').trim();
}

function startsWithLink(children: readonly Nodes[]): boolean {
  const first = children.find((c) => !(c.type === 'text' && c.value.trim() === ''));
  if (!first) return false;
  if (first.type === 'link' || first.type === 'linkReference') return true;
  // "**[name](url)** - what it is"
  return (first.type === 'strong' || first.type === 'emphasis') && startsWithLink(first.children);
}

function diagramOf(file: string, node: Code, line: number, headingPath: readonly string[]): Diagram | null {
  const lang = (node.lang ?? '').replace(/[{}]/g, '').toLowerCase();
  if (lang === 'mermaid') {
    const type = mermaidType(node.value);
    if (!type || !ARCHITECTURE_MERMAID_TYPES.includes(type.toLowerCase())) return null;
    return { file, line, kind: 'mermaid', headingPath, type };
  }
  if (['plantuml', 'puml', 'uml'].includes(lang) || /^\s*@startuml/.test(node.value)) {
    return { file, line, kind: 'plantuml', headingPath, type: null };
  }
  return null;
}

/** The first keyword of a mermaid diagram, past its own front matter and `%%` comments. */
export function mermaidType(source: string): string | null {
  let inFrontMatter = false;
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '---') {
      inFrontMatter = !inFrontMatter;
      continue;
    }
    if (inFrontMatter || line === '' || line.startsWith('%%')) continue;
    return /^[\w-]+/.exec(line)?.[0] ?? null;
  }
  return null;
}

/** `Title <path>` entries of a toctree body (sphinx or MyST); bare paths carry no title. */
export function toctreeTitles(from: string, body: string, exists: (file: string) => boolean): NavTitle[] {
  const titles: NavTitle[] = [];
  for (const raw of body.split(/\r?\n/)) {
    const match = /^\s*(.+?)\s*<([^>]+)>\s*$/.exec(raw);
    if (!match || raw.trim().startsWith(':')) continue;
    const target = match[2] ?? '';
    const file = ['', '.md', '.rst', '.ipynb']
      .map((ext) => localTarget(from, `${target}${ext}`, exists))
      .find((f) => f !== null);
    if (file && match[1]) titles.push({ file, title: match[1] });
  }
  return titles;
}
