/**
 * JSON.parse that also remembers on which line of the text each string value starts, so that a
 * notebook's cell source can be pointed at in the .ipynb file. Values are plain JS values; the lines
 * are looked up by (container, key).
 */
export interface LocatedJson {
  readonly value: unknown;
  /** Line (1-based) where the string at `container[key]` starts, if it is a string of this document. */
  stringLine(container: object, key: string | number): number | undefined;
}

export class JsonSyntaxError extends Error {}

export function parseJsonWithLines(text: string): LocatedJson {
  const lines = new WeakMap<object, Map<string | number, number>>();
  let pos = 0;
  let line = 1;

  const fail = (what: string): never => {
    throw new JsonSyntaxError(`${what} at line ${line}`);
  };
  const skipSpace = (): void => {
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === 10) line++;
      else if (c !== 32 && c !== 9 && c !== 13) return;
      pos++;
    }
  };
  const readString = (): string => {
    const start = pos;
    let end = pos;
    for (;;) {
      end = text.indexOf('"', end + 1);
      if (end < 0) fail('unterminated string');
      let backslashes = 0;
      while (text.charCodeAt(end - 1 - backslashes) === 92) backslashes++;
      if (backslashes % 2 === 0) break;
    }
    const raw = text.slice(start, end + 1);
    pos = end + 1;
    if (raw.includes('\n')) fail('line break inside a string');
    if (!raw.includes('\\')) return raw.slice(1, -1);
    try {
      return JSON.parse(raw) as string;
    } catch {
      return fail('bad escape in string');
    }
  };
  const remember = (container: object, key: string | number, at: number): void => {
    let map = lines.get(container);
    if (!map) lines.set(container, (map = new Map()));
    map.set(key, at);
  };
  const readValue = (): unknown => {
    skipSpace();
    const c = text[pos];
    if (c === '"') return readString();
    if (c === '{') {
      pos++;
      const object: Record<string, unknown> = {};
      skipSpace();
      if (text[pos] === '}') {
        pos++;
        return object;
      }
      for (;;) {
        skipSpace();
        if (text[pos] !== '"') fail('expected a key');
        const key = readString();
        skipSpace();
        if (text[pos++] !== ':') fail('expected ":"');
        skipSpace();
        if (text[pos] === '"') remember(object, key, line);
        object[key] = readValue();
        skipSpace();
        const separator = text[pos++];
        if (separator === '}') return object;
        if (separator !== ',') fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      pos++;
      const array: unknown[] = [];
      skipSpace();
      if (text[pos] === ']') {
        pos++;
        return array;
      }
      for (;;) {
        skipSpace();
        if (text[pos] === '"') remember(array, array.length, line);
        array.push(readValue());
        skipSpace();
        const separator = text[pos++];
        if (separator === ']') return array;
        if (separator !== ',') fail('expected "," or "]"');
      }
    }
    const literal = /-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null/y;
    literal.lastIndex = pos;
    const match = literal.exec(text);
    if (!match) return fail('unexpected character');
    pos = literal.lastIndex;
    return JSON.parse(match[0]) as unknown;
  };

  const value = readValue();
  skipSpace();
  if (pos < text.length) fail('trailing content');
  return { value, stringLine: (container, key) => lines.get(container)?.get(key) };
}
