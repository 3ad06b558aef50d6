const MAX_SNIPPET = 160;

/** The first line of `source[start, end)`, trimmed to 160 characters, for evidence notes. */
export function firstLine(source: string, start: number, end: number): string {
  const newline = source.indexOf('\n', start);
  const stop = Math.min(end, newline < 0 ? source.length : newline, start + MAX_SNIPPET);
  return source.slice(start, stop).trimEnd();
}
