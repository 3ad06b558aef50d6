import type { Evidence } from '../model/answer.js';
import type { EvidenceLinks } from './evidence-links.js';

// A scanned repository controls its file names and the notes quoted from it, so every piece of text
// that came from it goes through one of these before it reaches a terminal, a page or a PR comment.

// Beyond C0: DEL and C1 (U+009B is CSI to a terminal), line separators, and bidi overrides, isolates and
// marks, which reorder what a reader sees.
const BEYOND_C0 = '\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
const CONTROL = new RegExp(`[\\u0000-\\u0008\\u000b-\\u001f${BEYOND_C0}]`, 'g');

/** Drops terminal control sequences and bidi overrides; newlines become spaces (one item, one line). */
export function terminalSafe(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ').replace(CONTROL, '');
}

// JSON.stringify escapes C0 controls only. These can appear only inside strings of its output (the rest is
// ASCII), so writing them as \u escapes changes no value and leaves a JSON report safe to print.
const RAW_IN_JSON = new RegExp(`[${BEYOND_C0}]`, 'g');

/** Pretty-printed JSON with no terminal control or bidi character raw in it: a report printed to a terminal or job log. */
export function terminalSafeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

const HTML: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return terminalSafe(text).replace(/[&<>"']/g, (c) => HTML[c] ?? c);
}

/**
 * Markdown text that renders literally: every punctuation mark Markdown (and GitHub's autolinker and
 * tables) gives meaning to is backslash-escaped, and `<`/`>`/`&` become entities so no HTML gets through.
 * A code span (`` `dvc.yaml` ``) stays a code span, unescaped: inside one, Markdown shows every character
 * as written (a backslash too) and reads no HTML, so escaping there would only print the backslashes.
 */
export function escapeMarkdown(text: string): string {
  return terminalSafe(text)
    .split(/(`[^`]+`)/)
    .map((part, i) => (i % 2 === 1 ? part : escapeProse(part)))
    .join('');
}

function escapeProse(text: string): string {
  return (
    text
      .replace(/[\\`*_{}[\]()#+\-.!|~:=]/g, (c) => `\\${c}`)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // GitHub finds @mentions (and e-mail autolinks) in the rendered text, where an escape is gone; a zero-width
      // space after the @ leaves neither, so a quoted `@org/team` notifies no one when posted as a PR comment.
      .replace(/@/g, '@&#8203;')
  );
}

/**
 * `[file:line](href)`: the evidence linked where `links` says (the forge at the scanned commit, or a path
 * relative to the repository root); the label alone when the file is not a path in the tree.
 */
export function markdownEvidenceLink(item: Evidence, links: EvidenceLinks): string {
  const label = item.line === null ? escapeMarkdown(item.file) : `${escapeMarkdown(item.file)}:${item.line}`;
  const href = links.href(item.file, item.line);
  // Percent-encoding leaves ( ) ! ' * alone; in a link target they could end it or start something else.
  return href === null ? label : `[${label}](${href.replace(/[()!'*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})`;
}
