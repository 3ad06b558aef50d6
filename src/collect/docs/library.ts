import { AWESOME_BADGE, AWESOME_LIST_TITLE, TEMPLATE_PLACEHOLDER } from '../../knowledge/docs-topics.js';
import type { CollectorInput } from '../input.js';
import { splitFrontMatter } from './front-matter.js';
import { notebookOf } from '../code/notebook.js';
import { readMarkdown, readNotebookMarkdown } from './markdown.js';
import type { Diagram, DocDocument, DocFile, DocFormat, DocSection } from './model.js';
import { readAsciidoc, readRst } from './plain-markup.js';
import type { NavTitle, ParsedDoc } from './sections.js';
import { append } from '../../util/arrays.js';

/** A documentation file read into sections, with what is known about it as a whole. */
export type ParsedFile = DocDocument;

/** Where topic matching gets its documents: a superset of those that can be on the topic, parsed. */
export interface DocSource {
  /** Parsed documents that may hold a section on the topic: a heading or a title of theirs matches. */
  candidates(onTopic: (heading: string) => boolean, fileOnTopic: (info: DocFile) => boolean): ParsedFile[];
  /** One documentation file, parsed on demand (a link's target), or null when it is not one. */
  document(file: string): ParsedFile | null;
}

/** Fenced blocks that may hold a diagram or a MyST toctree: such Markdown files are parsed up front. */
const EAGER_MARKDOWN = /^\s{0,3}(`{3,}|~{3,})\s*\{?(mermaid|plantuml|puml|uml|toctree)\b|@startuml/m;
const ATX_HEADING = /^\s{0,3}#{1,6}(?:[ \t]+(.*)|$)/;
const SETEXT_UNDERLINE = /^\s{0,3}(=+|-+)\s*$/;

/**
 * The project's documentation files, each parsed at most once and only when needed. CommonMark
 * parsing is the costly step (markdown-it, about 8 MB/s), so a Markdown file or notebook is parsed when a cheap
 * scan of its heading-like lines (a superset of its real headings: lines in code blocks pass too)
 * finds one on the topic asked, when its title is on the topic, when a section links to it, or
 * when every section is asked for. Line-based formats (rst, AsciiDoc, text) are cheap and read at once.
 */
export class DocLibrary implements DocSource {
  private readonly docs = new Map<string, ParsedDoc | null>();
  private readonly infos = new Map<string, DocFile | null>();
  private readonly headings = new Map<string, readonly string[]>();
  private readonly formats: ReadonlyMap<string, DocFormat>;
  private readonly navTitles: NavTitle[];
  /** Diagrams of the files read up front (every diagram a document can hold). */
  readonly embeddedDiagrams: Diagram[] = [];

  constructor(
    private readonly input: CollectorInput,
    files: readonly { readonly file: string; readonly format: DocFormat }[],
    navTitles: readonly NavTitle[],
  ) {
    this.formats = new Map(files.map((f) => [f.file, f.format]));
    this.navTitles = [...navTitles];
    for (const { file, format } of files) {
      const eager = format === 'rst' || format === 'asciidoc' || format === 'text' ||
        (format === 'markdown' && EAGER_MARKDOWN.test(this.input.index.text(file) ?? ''));
      if (!eager) continue;
      const doc = this.parse(file);
      if (!doc) continue;
      append(this.embeddedDiagrams, doc.diagrams);
      append(this.navTitles, doc.navTitles);
    }
  }

  get fileCount(): number {
    return this.formats.size;
  }

  /** The documents whose raw text matches `pattern` (e.g. an image reference), parsed; only those. */
  containing(pattern: RegExp): ParsedFile[] {
    return [...this.formats.keys()]
      .filter((file) => this.docs.has(file) || pattern.test(this.input.index.text(file) ?? ''))
      .map((file) => this.document(file))
      .filter((f): f is ParsedFile => f !== null);
  }

  /** Every documentation file, parsed (the whole index). */
  all(): ParsedFile[] {
    return [...this.formats.keys()].map((file) => this.document(file)).filter((f): f is ParsedFile => f !== null);
  }

  candidates(
    onTopic: (heading: string) => boolean,
    fileOnTopic: (info: DocFile) => boolean,
    formats?: readonly DocFormat[],
  ): ParsedFile[] {
    const found: ParsedFile[] = [];
    for (const [file, format] of this.formats) {
      if (formats && !formats.includes(format)) continue;
      const parsedAlready = this.docs.has(file);
      const headingHit = parsedAlready || this.headingLines(file, format).some(onTopic);
      const titleHit = !headingHit && fileOnTopic(this.cheapInfo(file, format));
      if (!headingHit && !titleHit) continue;
      const document = this.document(file);
      if (document) found.push(document);
    }
    return found;
  }

  document(file: string): ParsedFile | null {
    const doc = this.parse(file);
    const info = this.info(file);
    return doc && info ? { info, sections: doc.sections } : null;
  }

  private parse(file: string): ParsedDoc | null {
    if (this.docs.has(file)) return this.docs.get(file) ?? null;
    const format = this.formats.get(file);
    const doc = format ? this.read(file, format) : null;
    this.docs.set(file, doc);
    return doc;
  }

  private read(file: string, format: DocFormat): ParsedDoc | null {
    const { index } = this.input;
    const text = index.text(file);
    if (text === null) return null;
    const exists = (f: string): boolean => index.has(f);
    switch (format) {
      case 'markdown':
        return readMarkdown(file, text, exists);
      case 'rst':
      case 'text':
        return readRst(file, text, exists, format);
      case 'asciidoc':
        return readAsciidoc(file, text, exists);
      case 'notebook': {
        const notebook = notebookOf(this.input.parsed, file);
        return notebook ? readNotebookMarkdown(file, notebook, exists) : null;
      }
    }
  }

  private info(file: string): DocFile | null {
    if (this.infos.has(file)) return this.infos.get(file) ?? null;
    const doc = this.parse(file);
    const format = this.formats.get(file);
    const info: DocFile | null = doc && format
      ? { file, format, titles: this.titlesOf(file, doc.titles), notDocumentation: notDocumentation(file, doc) }
      : null;
    this.infos.set(file, info);
    return info;
  }

  /** What is known without parsing: path and titles (front matter, navigation). */
  private cheapInfo(file: string, format: DocFormat): DocFile {
    const text = format === 'markdown' ? this.input.index.text(file) : null;
    const front = text?.startsWith('---') ? splitFrontMatter(text).titles : [];
    return { file, format, titles: this.titlesOf(file, front), notDocumentation: null };
  }

  private titlesOf(file: string, own: readonly string[]): string[] {
    return [...own, ...this.navTitles.filter((n) => n.file === file).map((n) => n.title)];
  }

  /** ATX and setext heading lines of a Markdown text or of a notebook's cells, cheaply. */
  private headingLines(file: string, format: DocFormat): readonly string[] {
    let lines = this.headings.get(file);
    if (lines) return lines;
    const raw = this.input.index.text(file);
    const text = format === 'notebook' && raw !== null ? notebookSourceLines(raw) : raw;
    const found: string[] = [];
    const all = text?.split(/\r?\n/) ?? [];
    all.forEach((line, at) => {
      const atx = ATX_HEADING.exec(line);
      if (atx) found.push(atx[1] ?? '');
      else if (at > 0 && SETEXT_UNDERLINE.test(line) && (all[at - 1] ?? '').trim() !== '') found.push(all[at - 1] ?? '');
    });
    lines = found;
    this.headings.set(file, lines);
    return lines;
  }
}

/** A string on a line of its own (a source line), or a whole cell source written as one string. */
const JSON_STRING_LINE = /^\s*(?:"source"\s*:\s*)?("(?:[^"\\]|\\.)*")\s*,?\s*$/;

/**
 * The string lines of a notebook's JSON (nbformat writes one source line per line of the file),
 * decoded, without parsing the notebook: a superset of its markdown lines, enough to look for headings.
 */
function notebookSourceLines(json: string): string {
  const out: string[] = [];
  for (const line of json.split('\n')) {
    const literal = JSON_STRING_LINE.exec(line)?.[1];
    if (literal === undefined) continue;
    let value = literal.slice(1, -1);
    if (value.includes('\\')) {
      try {
        value = JSON.parse(literal) as string;
      } catch {
        continue; // not a JSON string after all: not a heading either
      }
    }
    append(out, value.replace(/\n$/, '').split('\n'));
  }
  return out.join('\n');
}

/** Templates and awesome lists are never documentation of this project (spec). */
function notDocumentation(file: string, doc: ParsedDoc): DocFile['notDocumentation'] {
  if (file.includes('{{')) return 'template';
  const placeholders = doc.sections.filter((s) => TEMPLATE_PLACEHOLDER.test(s.text)).length;
  if (placeholders >= 2) return 'template';
  const title = doc.sections.find((s) => s.headingPath.length > 0)?.headingPath[0] ?? '';
  const badge = doc.sections.some((s) => s.links.some((l) => AWESOME_BADGE.test(l.target)));
  const linkList = doc.listItems >= 15 && doc.linkItems / doc.listItems >= 0.6;
  return AWESOME_LIST_TITLE.test(title) || badge || linkList ? 'awesome-list' : null;
}

/** A DocSource over sections already in memory (tests, or a caller holding a parsed index). */
export function staticSource(sections: readonly DocSection[], files: readonly DocFile[]): DocSource {
  const byFile = new Map<string, ParsedFile>();
  for (const info of files) byFile.set(info.file, { info, sections: sections.filter((s) => s.file === info.file) });
  return {
    candidates: () => [...byFile.values()],
    document: (file) => byFile.get(file) ?? null,
  };
}
