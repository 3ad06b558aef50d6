import { escapeRegExp } from '../../util/regexp.js';

/** A version: 1.2, 1.2.3, v2.0.0-rc.1, 2024.06.01, or a calendar version written as one date (v20250625). */
const VERSION = /(?<![\w.])v?(\d+\.\d+(?:\.\d+)?(?:[-.+]?(?:a|b|rc|alpha|beta|dev|post)\.?\d*)?|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?![\w])/i;
const UNDERLINE = /^\s*([-=~^"'*+#])\1{2,}\s*$/;

/** The lines that head a release entry: a Markdown/AsciiDoc heading, an underlined title, or a line starting with a version. */
export function releaseEntryLines(lines: readonly string[]): number[] {
  const entries: number[] = [];
  lines.forEach((line, i) => {
    if (!VERSION.test(line)) return;
    const heading = /^\s*(#{1,6}|={1,6})\s/.test(line);
    const underlined = UNDERLINE.test(lines[i + 1] ?? '') && line.trim() !== '';
    const leading = /^\s*(\[?v?\d+\.\d+|(version|release)\s+v?\d)/i.test(line);
    if (heading || underlined || leading) entries.push(i + 1);
  });
  return entries;
}

export function versionOf(tag: string): string | null {
  return VERSION.exec(tag)?.[1] ?? null;
}

/** 1-based line where `version` appears as a whole version (1.2.3 does not match 1.2.30 or 11.2.3). */
export function lineMentioning(lines: readonly string[], version: string): number | null {
  const pattern = new RegExp(`(?<![\\d.])v?${escapeRegExp(version)}(?!\\.?\\d)`);
  const at = lines.findIndex((line) => pattern.test(line));
  return at === -1 ? null : at + 1;
}
