import type { Token } from 'markdown-it';
import { ARCHITECTURE_MERMAID_TYPES } from '../../knowledge/docs-topics.js';
import type { Notebook } from '../code/notebook.js';
import { splitFrontMatter } from './front-matter.js';
import { InlineLines, markdownTokens, unescapeAll } from './markdown-tokens.js';
import type { Diagram, DocFormat } from './model.js';
import { countWords, localTarget, SectionBuilder, type NavTitle, type ParsedDoc } from './sections.js';
import { append } from '../../util/arrays.js';

interface Inline {
  text: string[];
  words: number;
}

/**
 * Reads a Markdown document with a CommonMark parser (markdown-it), so a `# comment` inside a fenced
 * code block is code, not a heading. `lineMap` places a notebook cell in its file (`lineMap[n - 1]`
 * is the file line of the text's line n).
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
  const tokens = markdownTokens(body);
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
  /** The text's own (1-based) line where a block token starts. */
  const startOf = (token: Token): number => (token.map?.[0] ?? 0) + 1;

  // `<img src="...">` is as much a picture as `![alt](...)` (READMEs use it to set a width).
  const htmlImages = (html: string, start: number): void => {
    for (const match of html.matchAll(HTML_IMAGE)) {
      const below = html.slice(0, match.index).split('\n').length - 1;
      builder.link(match[1] ?? '', fileLine(start + below), true);
    }
  };

  // A link's label is shown in the text but not counted as the section's words.
  const inline = (content: Token, start: number, out: Inline): void => {
    const lines = new InlineLines(content.content);
    let inLink = 0;
    for (const child of content.children ?? []) {
      switch (child.type) {
        case 'text':
        case 'code_inline':
          out.text.push(child.content);
          if (inLink === 0) out.words += countWords(child.content);
          break;
        case 'softbreak':
          out.text.push('\n');
          break;
        case 'hardbreak':
          out.text.push(' ');
          break;
        case 'link_open':
          builder.link(child.attrGet('href') ?? '', fileLine(start + lines.below(child)), false);
          inLink++;
          break;
        case 'link_close':
          inLink--;
          break;
        case 'image':
          builder.link(child.attrGet('src') ?? '', fileLine(start + lines.below(child)), true);
          break;
        case 'html_inline':
          htmlImages(child.content, start + lines.below(child));
          break;
        default:
          // Emphasis and strong only wrap text; their contents come as text tokens.
          break;
      }
    }
  };

  const paragraph = (content: Token | undefined, start: number): void => {
    const out: Inline = { text: [], words: 0 };
    if (content?.type === 'inline') inline(content, start, out);
    const joined = out.text.join('');
    if (joined.trim() === '') builder.touch(fileLine(start));
    else if (isPipeTable(joined)) tableRows(joined, out.words, start);
    else builder.prose(joined, out.words, fileLine(start));
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

  const code = (token: Token): void => {
    const line = fileLine(startOf(token));
    builder.touch(line);
    const lang = token.type === 'fence' ? (unescapeAll(token.info).trim().split(/\s+/)[0] ?? '') : '';
    const diagram = diagramOf(file, lang, token.content, line, builder.path);
    if (diagram) doc.diagrams.push(diagram);
    if (lang === '{toctree}') append(doc.navTitles, toctreeTitles(file, token.content, exists));
  };

  // The token stream is flat: containers (lists, blockquotes) open and close around their blocks, and
  // a block's text is the `inline` token right after its opening token.
  tokens.forEach((token, at) => {
    switch (token.type) {
      case 'heading_open':
        // A heading inside a list item or a quote does not structure the document.
        if (token.level === 0) {
          const title = headingText(tokens[at + 1]?.children ?? []);
          builder.heading(title, Number(token.tag.slice(1)), fileLine(startOf(token)));
        } else paragraph(tokens[at + 1], startOf(token));
        return;
      case 'paragraph_open':
        paragraph(tokens[at + 1], startOf(token));
        return;
      case 'fence':
      case 'code_block':
        code(token);
        return;
      case 'html_block':
        htmlImages(token.content, startOf(token));
        return;
      case 'list_item_open': {
        doc.listItems++;
        const first = tokens[at + 1];
        if (first?.type === 'paragraph_open' && startsWithLink(tokens[at + 2]?.children ?? [])) doc.linkItems++;
        return;
      }
      default:
        // Closing tokens, rules, definitions: nothing to read.
        return;
    }
  });
  if (!options.builder) append(doc.sections, builder.finish());
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
    append(doc.diagrams, part.diagrams);
    doc.listItems += part.listItems;
    doc.linkItems += part.linkItems;
  }
  append(doc.sections, builder.finish());
  return doc;
}

/** A heading's words: its text and code, link labels included, pictures and HTML left out. */
function headingText(children: readonly Token[]): string {
  let title = '';
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline') title += child.content;
    else if (child.type === 'softbreak') title += '\n';
  }
  return title.trim();
}

/** Whether an inline run opens with a link, also inside emphasis: "**[name](url)** - what it is". */
function startsWithLink(children: readonly Token[]): boolean {
  for (const child of children) {
    if (child.type === 'text' && child.content.trim() === '') continue;
    if (child.type === 'strong_open' || child.type === 'em_open') continue;
    return child.type === 'link_open';
  }
  return false;
}

function diagramOf(file: string, info: string, source: string, line: number, headingPath: readonly string[]): Diagram | null {
  const lang = info.replace(/[{}]/g, '').toLowerCase();
  if (lang === 'mermaid') {
    const type = mermaidType(source);
    if (!type || !ARCHITECTURE_MERMAID_TYPES.includes(type.toLowerCase())) return null;
    return { file, line, kind: 'mermaid', headingPath, type };
  }
  if (['plantuml', 'puml', 'uml'].includes(lang) || /^\s*@startuml/.test(source)) {
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
