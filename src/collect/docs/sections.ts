import path from 'node:path';
import type { Diagram, DocFormat, DocLink, DocSection } from './model.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_.%-]*/gu;

export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count++;
  return count;
}

/** A repository path a relative link points to, or null for external links and anchors. */
export function localTarget(from: string, target: string, exists: (file: string) => boolean): string | null {
  const bare = target.split('#')[0]?.split('?')[0]?.trim() ?? '';
  if (bare === '' || /^[a-z][a-z0-9+.-]*:/i.test(bare) || bare.startsWith('//')) return null;
  let decoded = bare;
  try {
    decoded = decodeURI(bare);
  } catch {
    // A malformed escape stays as written; it then simply does not resolve.
  }
  const joined = decoded.startsWith('/') ? decoded.slice(1) : path.posix.join(path.posix.dirname(from), decoded);
  const normal = path.posix.normalize(joined).replace(/\/$/, '');
  if (normal.startsWith('..')) return null;
  for (const candidate of [normal, `${normal}.md`, `${normal}/README.md`, `${normal}/index.md`]) {
    if (exists(candidate)) return candidate;
  }
  return null;
}

interface OpenSection {
  line: number;
  headingPath: readonly string[];
  depth: number;
  text: string[];
  proseWords: number;
  links: DocLink[];
}

/**
 * Collects a document's sections as a parser walks it: every heading opens a section whose path is
 * the chain of enclosing headings; body text before the first heading forms a section of its own.
 * Shared by the Markdown, reStructuredText, AsciiDoc and notebook readers.
 */
export class SectionBuilder {
  private readonly sections: DocSection[] = [];
  private readonly stack: { depth: number; title: string }[] = [];
  private current: OpenSection | null = null;

  constructor(
    private readonly file: string,
    private readonly format: DocFormat,
    private readonly exists: (file: string) => boolean,
  ) {}

  heading(title: string, depth: number, line: number): void {
    this.close();
    while (this.stack.length > 0 && (this.stack.at(-1)?.depth ?? 0) >= depth) this.stack.pop();
    this.stack.push({ depth, title: title.trim() });
    this.current = { line, headingPath: this.stack.map((h) => h.title), depth, text: [], proseWords: 0, links: [] };
  }

  /**
   * One block of body text (a paragraph, list item, line). `words` counts only the section's own
   * words: a link's label is shown in `text` but is not the section saying something.
   */
  prose(text: string, words: number, line: number): void {
    if (text.trim() === '') return;
    const section = this.open(line);
    section.text.push(text.replace(/\s+/g, ' ').trim());
    section.proseWords += words;
  }

  link(target: string, line: number, image: boolean): void {
    this.open(line).links.push({ target, line, image, local: localTarget(this.file, target, this.exists) });
  }

  /** Headings enclosing the current position. */
  get path(): readonly string[] {
    return this.stack.map((h) => h.title);
  }

  /** Marks that something non-prose (code, a diagram) sits here, so a preamble section exists. */
  touch(line: number): void {
    this.open(line);
  }

  finish(): DocSection[] {
    this.close();
    return this.sections;
  }

  private open(line: number): OpenSection {
    this.current ??= { line, headingPath: [], depth: 0, text: [], proseWords: 0, links: [] };
    return this.current;
  }

  private close(): void {
    const c = this.current;
    if (!c) return;
    this.sections.push({
      file: this.file,
      line: c.line,
      headingPath: c.headingPath,
      text: c.text.join('\n'),
      format: this.format,
      depth: c.depth,
      proseWords: c.proseWords,
      links: c.links,
    });
    this.current = null;
  }
}

/** A title a navigation (sphinx toctree, mkdocs nav, docusaurus sidebar) gives to a documentation file. */
export interface NavTitle {
  readonly file: string;
  readonly title: string;
}

/** What a reader extracts from one documentation file. */
export interface ParsedDoc {
  readonly sections: DocSection[];
  readonly diagrams: Diagram[];
  readonly navTitles: NavTitle[];
  /** Front matter titles. */
  readonly titles: string[];
  /** List items, and those that start with a link: an "awesome list" is mostly the latter. */
  listItems: number;
  linkItems: number;
}
