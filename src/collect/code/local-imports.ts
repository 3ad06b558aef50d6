import type { CodeImport } from './model.js';

/**
 * Project files an import may refer to: `from app.model import load` → `app/model.py`, `src/app/model.py`;
 * `from . import model` / `import './model.js'` → any `model` module. Matching by dotted suffix is
 * deliberately loose: the scanner has no interpreter path, and a false link only adds a hint. Given
 * the importer, matches nearest it win (see `nearest`).
 */
export function linksTo(imp: CodeImport, sources: readonly string[], importer?: string): string[] {
  const family = importer === undefined ? null : languageFamily(importer);
  const candidates = [dotted(imp.module), imp.imported && imp.imported !== 'default' ? `${dotted(imp.module)}.${imp.imported}` : null]
    .filter((c): c is string => c !== null && c.length > 0)
    .map((c) => c.replace(/^\.+/, ''))
    .filter((c) => c.length > 0);
  const index = moduleIndex(sources);
  const found = new Set<ModuleEntry>();
  for (const candidate of candidates) {
    for (const entry of index.get(lastSegment(candidate)) ?? []) {
      if (family !== null && entry.family !== family) continue;
      if (entry.name === candidate || entry.name.endsWith(`.${candidate}`)) found.add(entry);
    }
  }
  const files = [...found].sort((a, b) => a.position - b.position).map((entry) => entry.file);
  return importer === undefined ? files : nearest(files, importer);
}

/**
 * The candidates nearest the importer: those in its folder, else those sharing its deepest common
 * ancestor folder; all of them when none shares a folder with it. A script imports its sibling
 * (`from features import ...` in ui/feature_repo/ means ui/feature_repo/features.py), not a
 * namesake in an unrelated example.
 */
function nearest(files: readonly string[], importer: string): string[] {
  if (files.length < 2) return [...files];
  const folder = importer.split('/').slice(0, -1);
  const shared = (file: string): number => {
    const other = file.split('/').slice(0, -1);
    let depth = 0;
    while (depth < folder.length && depth < other.length && folder[depth] === other[depth]) depth += 1;
    return depth === folder.length && other.length === folder.length ? Number.POSITIVE_INFINITY : depth;
  };
  const depths = files.map(shared);
  const best = Math.max(...depths);
  return best > 0 ? files.filter((_, i) => depths[i] === best) : [...files];
}

interface ModuleEntry {
  readonly file: string;
  readonly name: string;
  readonly family: 'python' | 'js';
  readonly position: number;
}

/**
 * Module names of a source list, grouped by their last segment. Rules link thousands of imports against
 * thousands of files; computing names per pair made that quadratic. Keyed by the list object itself.
 */
const indexes = new WeakMap<readonly string[], ReadonlyMap<string, readonly ModuleEntry[]>>();

function moduleIndex(sources: readonly string[]): ReadonlyMap<string, readonly ModuleEntry[]> {
  let index = indexes.get(sources);
  if (!index) {
    const groups = new Map<string, ModuleEntry[]>();
    sources.forEach((file, position) => {
      const name = moduleName(file);
      const key = lastSegment(name);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = []));
      group.push({ file, name, family: languageFamily(file), position });
    });
    index = groups;
    indexes.set(sources, index);
  }
  return index;
}

function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

/** `src/app/model.py` → `src.app.model`; `pkg/__init__.py` → `pkg`; `./lib/model.js` → `lib.model`. */
export function moduleName(file: string): string {
  return file
    .replace(/\.(py|ipynb|[cm]?[jt]sx?)$/, '')
    .replace(/\/(__init__|index)$/, '')
    .split('/')
    .join('.');
}

function dotted(module: string): string {
  const relative = /^\.{1,2}\//.test(module);
  const cleaned = module.replace(/\.(py|[cm]?[jt]sx?)$/, '').replace(/^(\.\.?\/)+/, '');
  return relative ? cleaned.split('/').join('.') : module.split('/').join('.');
}

/** Python imports Python (and notebooks' code), JS/TS imports JS/TS. */
function languageFamily(file: string): 'python' | 'js' {
  return /\.(py|ipynb)$/.test(file) ? 'python' : 'js';
}
