/**
 * The whole source text of a call that starts on `line` (1-based) of `text`: from the line to the
 * parenthesis closing the first one opened there, at most `maxLines` lines. Call facts keep only a
 * call's first line; keyword values on later lines (`tags={"GitCommitHash": ...}`) need the rest.
 * Strings and comments are skipped when counting parentheses. Null when the call does not close.
 */
export function callText(text: string, line: number, maxLines = 80): string | null {
  const lines = text.split(/\r?\n/).slice(line - 1, line - 1 + maxLines);
  if (lines.length === 0) return null;
  const source = lines.join('\n');
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (quote !== null) {
      if (ch === '\\') i += 1;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#') {
      const end = source.indexOf('\n', i);
      if (end < 0) break;
      i = end;
    } else if (ch === '(') depth += 1;
    else if (ch === ')') {
      depth -= 1;
      if (depth === 0) return source.slice(0, i + 1);
    }
  }
  return null;
}
