import { mermaidType, toctreeTitles } from './markdown.js';
import { ARCHITECTURE_MERMAID_TYPES } from '../../knowledge/docs-topics.js';
import type { Diagram, DocFormat } from './model.js';
import { countWords, SectionBuilder, type ParsedDoc } from './sections.js';
import { append } from '../../util/arrays.js';

/** An inline link syntax: the match's `label` group is shown, `target` is recorded. */
type LinkSyntax = { readonly pattern: RegExp; readonly image: boolean };

const RST_LINKS: readonly LinkSyntax[] = [
  { pattern: /:(?:doc|ref):`(?<label>[^`<]*?)\s*<(?<target>[^>`]+)>`/g, image: false },
  { pattern: /:(?:doc|ref):`(?<target>(?<label>[^`]+))`/g, image: false },
  { pattern: /`(?<label>[^`<]*?)\s*<(?<target>[^>`]+)>`__?/g, image: false },
  { pattern: /`(?<target>(?<label>[^`]+))`__?/g, image: false },
  { pattern: /(?<target>(?<label>\bhttps?:\/\/[^\s<>`]+))/g, image: false },
];

const ADOC_LINKS: readonly LinkSyntax[] = [
  { pattern: /image:(?<target>[^\s[]+)\[(?<label>)[^\]]*\]/g, image: true },
  { pattern: /(?:link|xref):(?<target>[^\s[]+)\[(?<label>[^\]]*)\]/g, image: false },
  { pattern: /(?<target>\bhttps?:\/\/[^\s[]+)\[(?<label>[^\]]*)\]/g, image: false },
  { pattern: /<<(?<target>[^,>]+),?(?<label>[^>]*)>>/g, image: false },
  { pattern: /(?<target>(?<label>\bhttps?:\/\/[^\s<>[]+))/g, image: false },
];

/** Prose of one line with its links taken out: labels shown, not counted as the section's words. */
function proseLine(
  builder: SectionBuilder,
  syntaxes: readonly LinkSyntax[],
  line: string,
  lineNo: number,
): void {
  let rest = line;
  const labels: string[] = [];
  for (const { pattern, image } of syntaxes) {
    rest = rest.replace(pattern, (...args: unknown[]) => {
      const groups = args.at(-1) as { label?: string; target?: string };
      builder.link(groups.target ?? '', lineNo, image);
      labels.push(groups.label ?? '');
      return ' ';
    });
  }
  const words = countWords(rest);
  builder.prose(`${rest} ${labels.join(' ')}`, words, lineNo);
}

const RST_ADORNMENT = /^([=\-~^"'`#*+:._<>!$%&,;?@\\/|])\1{2,}\s*$/;
const PROSE_DIRECTIVES = new Set(['note', 'warning', 'tip', 'important', 'attention', 'caution', 'danger', 'hint', 'seealso', 'admonition', 'topic', 'sidebar']);

/**
 * Reads reStructuredText (and plain text, whose underlined headings follow the same convention):
 * heading levels come from the order adornment styles first appear; directive and literal blocks are
 * not prose, except admonitions; toctree entries with titles name other files; mermaid/uml directives
 * are diagrams.
 */
export function readRst(file: string, text: string, exists: (file: string) => boolean, format: DocFormat = 'rst'): ParsedDoc {
  const builder = new SectionBuilder(file, format, exists);
  const doc: ParsedDoc = { sections: [], diagrams: [], navTitles: [], titles: [], listItems: 0, linkItems: 0 };
  const lines = text.split(/\r?\n/);
  const styles: string[] = [];
  let block: { indent: number; directive: string; body: string[]; line: number } | null = null;

  const endBlock = (): void => {
    if (!block) return;
    const body = block.body.join('\n');
    if (block.directive === 'toctree') append(doc.navTitles, toctreeTitles(file, body, exists));
    const diagram = directiveDiagram(file, block.directive, body, block.line, builder.path);
    if (diagram) doc.diagrams.push(diagram);
    block = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const lineNo = i + 1;
    const indent = /^\s*/.exec(line)?.[0].length ?? 0;
    if (block) {
      if (line.trim() === '' || indent > block.indent) {
        if (PROSE_DIRECTIVES.has(block.directive) && line.trim() !== '' && !line.trim().startsWith(':')) {
          proseLine(builder, RST_LINKS, line.trim(), lineNo);
        } else block.body.push(line);
        continue;
      }
      endBlock();
    }
    const next = lines[i + 1] ?? '';
    const previous = lines[i - 1] ?? '';
    if (format === 'rst' && /^\s*\.\.\s/.test(line)) {
      const directive = /^\s*\.\.\s+([\w:-]+)::\s*(.*)$/.exec(line);
      const name = directive?.[1]?.toLowerCase() ?? 'comment';
      if ((name === 'image' || name === 'figure') && directive?.[2]) builder.link(directive[2], lineNo, true);
      else builder.touch(lineNo);
      block = { indent, directive: name, body: [], line: lineNo };
      continue;
    }
    if (indent === 0 && line.trim() !== '' && !RST_ADORNMENT.test(line) && RST_ADORNMENT.test(next) && next.trim().length >= line.trim().length) {
      const over = RST_ADORNMENT.test(previous) && previous.trim()[0] === next.trim()[0];
      const style = `${next.trim()[0]}${over ? 'o' : ''}`;
      if (!styles.includes(style)) styles.push(style);
      builder.heading(line.trim(), styles.indexOf(style) + 1, lineNo);
      i++;
      continue;
    }
    if (RST_ADORNMENT.test(line) || line.trim() === '') continue;
    if (/^\s*([-*+]|\d+[.)]|#\.)\s+/.test(line)) {
      doc.listItems++;
      if (/^\s*([-*+]|\d+[.)]|#\.)\s+`[^`]+<[^>]+>`_/.test(line)) doc.linkItems++;
    }
    if (isDefinitionTerm(line, next)) {
      // A definition list item ("``age``" over an indented "Age in years"): one entry, term and meaning.
      proseLine(builder, RST_LINKS, `${line.trim()} — ${next.trim()}`, lineNo);
      i++;
      continue;
    }
    proseLine(builder, RST_LINKS, line.trim().replace(/::$/, ':'), lineNo);
    if (format === 'rst' && /::\s*$/.test(line)) block = { indent, directive: 'literal', body: [], line: lineNo };
  }
  endBlock();
  append(doc.sections, builder.finish());
  return doc;
}

/** A short term line followed by a more indented line: an rst definition list item. */
function isDefinitionTerm(line: string, next: string): boolean {
  const indent = (l: string): number => /^\s*/.exec(l)?.[0].length ?? 0;
  const term = line.trim();
  return next.trim() !== '' && indent(next) > indent(line) && countWords(term) <= 4 && !term.endsWith(':') &&
    !/^([-*+]|\d+[.)]|#\.)\s/.test(term);
}

function directiveDiagram(file: string, directive: string, body: string, line: number, path: readonly string[]): Diagram | null {
  if (directive === 'mermaid') {
    const type = mermaidType(body.split('\n').filter((l) => !l.trim().startsWith(':')).join('\n'));
    return type && ARCHITECTURE_MERMAID_TYPES.includes(type.toLowerCase())
      ? { file, line, kind: 'mermaid', headingPath: path, type }
      : null;
  }
  if (directive === 'uml' || directive === 'plantuml') return { file, line, kind: 'plantuml', headingPath: path, type: null };
  return null;
}

const ADOC_DELIMITER = /^(-{4,}|\.{4,}|\+{4,}|\/{4,}|`{3,})\s*$/;

/**
 * Reads AsciiDoc: `=` headings (and Markdown-style `#`), listing/literal/passthrough/comment blocks
 * left out of prose, `[mermaid]`/`[plantuml]` blocks as diagrams.
 */
export function readAsciidoc(file: string, text: string, exists: (file: string) => boolean): ParsedDoc {
  const builder = new SectionBuilder(file, 'asciidoc', exists);
  const doc: ParsedDoc = { sections: [], diagrams: [], navTitles: [], titles: [], listItems: 0, linkItems: 0 };
  const lines = text.split(/\r?\n/);
  let fence: string | null = null;
  let style: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const lineNo = i + 1;
    const trimmed = line.trim();
    if (fence !== null) {
      if (trimmed === fence) fence = null;
      continue;
    }
    const delimiter = ADOC_DELIMITER.exec(trimmed);
    if (delimiter) {
      fence = trimmed;
      builder.touch(lineNo);
      if (style === 'mermaid' || style === 'plantuml') {
        const end = lines.findIndex((l, at) => at > i && l.trim() === trimmed);
        const body = lines.slice(i + 1, end === -1 ? undefined : end).join('\n');
        const diagram = style === 'mermaid'
          ? directiveDiagram(file, 'mermaid', body, lineNo, builder.path)
          : directiveDiagram(file, 'plantuml', body, lineNo, builder.path);
        if (diagram) doc.diagrams.push(diagram);
      }
      style = null;
      continue;
    }
    const attribute = /^\[(\w+)/.exec(trimmed);
    if (/^\[.*\]$/.test(trimmed)) {
      style = attribute?.[1]?.toLowerCase() ?? null;
      continue;
    }
    const heading = /^(={1,6}|#{1,6})\s+(\S.*)$/.exec(line);
    if (heading) {
      builder.heading(heading[2] ?? '', (heading[1]?.length ?? 1), lineNo);
      continue;
    }
    const image = /^image::([^[]+)\[/.exec(trimmed);
    if (image) {
      builder.link(image[1] ?? '', lineNo, true);
      continue;
    }
    if (trimmed === '' || trimmed.startsWith('//') || /^:[\w-]+:/.test(trimmed) || /^include::/.test(trimmed)) continue;
    if (/^([*-]+|\.+|\d+\.)\s+/.test(trimmed)) {
      doc.listItems++;
      if (/^([*-]+|\.+|\d+\.)\s+(link:|https?:\/\/)/.test(trimmed)) doc.linkItems++;
    }
    proseLine(builder, ADOC_LINKS, trimmed, lineNo);
  }
  append(doc.sections, builder.finish());
  return doc;
}
