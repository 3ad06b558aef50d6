import MarkdownIt from 'markdown-it';
import type { Options, StateInline, Token } from 'markdown-it';
import type { Nesting } from 'markdown-it/lib/token.mjs';

/** Offsets, in their inline source, of the inline tokens a reader needs a line for. */
const offsets = new WeakMap<Token, number>();
const PLACED = new Set(['link_open', 'image', 'html_inline']);

/**
 * markdown-it with the CommonMark preset: no GFM tables or strikethrough, so a pipe table stays a
 * paragraph whose rows are its lines, as the readers expect. Link targets are kept as written (no
 * percent-encoding, no dropping of `javascript:` or `data:` targets): they are evidence, not HTML.
 */
function createParser(): MarkdownIt {
  // The commonmark preset caps nesting at 20 and drops what is deeper; the default preset's 100 keeps
  // it (`maxNesting` is a markdown-it option its type declarations leave out).
  const options: Options & { readonly maxNesting: number } = { maxNesting: 100 };
  const md = new MarkdownIt('commonmark', options);
  md.normalizeLink = (url) => url;
  md.normalizeLinkText = (url) => url;
  md.validateLink = () => true;
  // Inline tokens carry no position; the parser's offset when a link, image or inline HTML is pushed
  // is its start (each rule pushes before it moves on), which gives the line within a paragraph.
  const Base: typeof StateInline = md.inline.State;
  md.inline.State = class PositionedState extends Base {
    override push(type: string, tag: string, nesting: Nesting): Token {
      const token = super.push(type, tag, nesting);
      if (PLACED.has(type)) offsets.set(token, this.pos);
      return token;
    }
  };
  return md;
}

const parser = createParser();

/**
 * `data:` URIs in base64 (pictures pasted into notebooks) are never evidence and are most of the
 * text to parse in some repositories: the payload is dropped, the link or image itself stays.
 */
const BASE64_PAYLOAD = /(\bdata:[\w.+-]+\/[\w.+-]+(?:;[\w.+-]+=[^;,\s"')]*)*;base64,)[A-Za-z0-9+/=]+/gi;

export function withoutBase64(text: string): string {
  return text.includes('base64,') ? text.replace(BASE64_PAYLOAD, '$1') : text;
}

/** The block token stream of a Markdown text (line breaks kept, so `map` lines match the text). */
export function markdownTokens(text: string): Token[] {
  return parser.parse(withoutBase64(text), {});
}

/** `unescapeAll` from markdown-it, for a fence's info string (kept raw in the token). */
export const unescapeAll = parser.utils.unescapeAll;

/**
 * Lines of the tokens inside one inline token (a paragraph's or heading's text): the number of line
 * breaks of its source before each link, image or inline HTML. Children are asked in order, so the
 * count moves forward only.
 */
export class InlineLines {
  private offset = 0;
  private breaks = 0;

  constructor(private readonly source: string) {}

  /** Lines below the inline source's first line where `token` starts (0 for tokens without an offset). */
  below(token: Token): number {
    const at = offsets.get(token);
    if (at === undefined) return 0;
    if (at < this.offset) {
      this.offset = 0;
      this.breaks = 0;
    }
    for (let i = this.source.indexOf('\n', this.offset); i !== -1 && i < at; i = this.source.indexOf('\n', i + 1)) {
      this.breaks++;
    }
    this.offset = at;
    return this.breaks;
  }
}
