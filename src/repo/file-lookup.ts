import picomatch from 'picomatch';

/**
 * The sorted file list indexed once by base name, extension and folder, so that a glob is matched only
 * against the files it could match: `**\/*.{yml,yaml}` looks at the YAML files, `**\/Dockerfile.*` at base
 * names starting `Dockerfile.`, `.github/workflows/*.yml` at the YAML files under that folder. picomatch
 * still decides each candidate, so a lookup only narrows; a pattern the lookup cannot narrow (`**\/*`,
 * extglobs, negation) is matched against every file, as before.
 */
export class FileLookup {
  private readonly byBase = new Map<string, number[]>();
  private readonly byExtension = new Map<string, number[]>();
  /** The distinct base names, sorted, for prefix ranges. */
  private readonly bases: string[];

  constructor(readonly files: readonly string[]) {
    files.forEach((file, position) => {
      const base = file.slice(file.lastIndexOf('/') + 1);
      push(this.byBase, base, position);
      const dot = base.lastIndexOf('.');
      if (dot >= 0) push(this.byExtension, base.slice(dot + 1), position);
    });
    this.bases = [...this.byBase.keys()].sort();
  }

  /** Files matching any of the patterns (picomatch, `dot: true`), in list order. */
  matching(patterns: readonly string[]): string[] {
    const isMatch = picomatch([...patterns], { dot: true });
    const positions = new Set<number>();
    for (const pattern of patterns) {
      const found = this.candidates(pattern);
      if (found === null) return this.files.filter((file) => isMatch(file));
      for (const position of found) positions.add(position);
    }
    return [...positions]
      .sort((a, b) => a - b)
      .map((position) => this.files[position] as string)
      .filter((file) => isMatch(file));
  }

  /** Files whose base name matches, in list order; each distinct base name is tested once. */
  named(pattern: RegExp): string[] {
    const positions = this.bases.filter((base) => pattern.test(base)).flatMap((base) => this.byBase.get(base) ?? []);
    return positions.sort((a, b) => a - b).map((position) => this.files[position] as string);
  }

  /** Positions of the files the pattern could match (a superset), or null when it could match any file. */
  private candidates(pattern: string): number[] | null {
    if (/^(!|\.\/|\/)/.test(pattern) || pattern.includes('\\')) return null;
    const scanned = picomatch.scan(pattern);
    if (scanned.negated || scanned.isExtglob) return null;
    const folder = scanned.isGlob ? scanned.base : '';
    const inFolder = folder === '' ? null : `${folder}/`;
    const alternatives = expandBraces(pattern.slice(pattern.lastIndexOf('/') + 1));
    const byName = alternatives?.map((alternative) => this.byLastSegment(alternative)) ?? [null];
    if (byName.every((positions) => positions !== null)) {
      const found = byName.flat();
      return inFolder === null ? found : found.filter((position) => (this.files[position] as string).startsWith(inFolder));
    }
    return inFolder === null ? null : this.underFolder(inFolder);
  }

  /** Positions whose base name the last segment could match, or null when it could match any. */
  private byLastSegment(segment: string): number[] | null {
    const glob = segment.search(/[*?[\]{}()!+@]/);
    if (glob < 0) return this.byBase.get(segment) ?? [];
    const suffix = segment.slice(lastGlobChar(segment) + 1);
    const dot = suffix.lastIndexOf('.');
    if (dot >= 0 && dot < suffix.length - 1) return this.byExtension.get(suffix.slice(dot + 1)) ?? [];
    const prefix = segment.slice(0, glob);
    if (prefix === '') return null;
    const positions: number[] = [];
    for (let i = lowerBound(this.bases, prefix); i < this.bases.length && (this.bases[i] as string).startsWith(prefix); i++) {
      positions.push(...(this.byBase.get(this.bases[i] as string) ?? []));
    }
    return positions;
  }

  /** Positions of the files under a folder (`a/b/`): a contiguous range of the sorted list. */
  private underFolder(prefix: string): number[] {
    const positions: number[] = [];
    for (let i = lowerBound(this.files, prefix); i < this.files.length && (this.files[i] as string).startsWith(prefix); i++) positions.push(i);
    return positions;
  }
}

function push(map: Map<string, number[]>, key: string, position: number): void {
  const list = map.get(key);
  if (list) list.push(position);
  else map.set(key, [position]);
}

function lastGlobChar(segment: string): number {
  for (let i = segment.length - 1; i >= 0; i--) if ('*?[]{}()!+@'.includes(segment[i] as string)) return i;
  return -1;
}

/** The first index whose value is not below `key` (the list sorted by code unit, as `Array.sort` does). */
function lowerBound(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as string) < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * `main.{yml,yaml}` → `main.yml`, `main.yaml`: one plain brace list in a segment. A segment without
 * braces is itself; nested braces or ranges (`{1..3}`) → null, which the caller treats as "any name".
 */
function expandBraces(segment: string): string[] | null {
  const open = segment.indexOf('{');
  // A brace list that starts in an earlier segment (`a/{b/c,d}.yml`) makes this one no name at all.
  if (open < 0) return segment.includes('}') ? null : [segment];
  const close = segment.indexOf('}', open);
  if (close < 0 || segment.indexOf('{', open + 1) >= 0 || segment.indexOf('}', close + 1) >= 0) return null;
  const body = segment.slice(open + 1, close);
  if (body.includes('..') || !body.includes(',')) return null;
  return body.split(',').map((choice) => `${segment.slice(0, open)}${choice}${segment.slice(close + 1)}`);
}
