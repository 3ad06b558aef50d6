import path from 'node:path';
import type { CodeImport } from './model.js';

/**
 * Project files an import may refer to: `from app.model import load` → `app/model.py`, `src/app/model.py`;
 * `from . import model` / `import './model.js'` → any `model` module. Matching by dotted suffix is
 * deliberately loose: the scanner has no interpreter path, and a false link only adds a hint. Given
 * the importer, matches nearest it win (see `nearest`), and a relative import is resolved from the
 * importer's folder: `from ..src.m1 import f` in `svc/tests/` is `svc/src/m1.py`, not every `src/m1.py`.
 */
export function linksTo(imp: CodeImport, sources: readonly string[], importer?: string): string[] {
  const family = importer === undefined ? null : languageFamily(importer);
  const relative = importer === undefined ? null : resolvedFrom(imp, importer);
  const candidates = (relative ?? [dotted(imp.module), imp.imported && imp.imported !== 'default' ? `${dotted(imp.module)}.${imp.imported}` : null])
    .filter((c): c is string => c !== null && c.length > 0)
    .map((c) => c.replace(/^\.+/, ''))
    .filter((c) => c.length > 0);
  const index = moduleIndex(sources);
  const found = new Set<ModuleEntry>();
  for (const candidate of candidates) {
    for (const entry of index.get(lastSegment(candidate)) ?? []) {
      if (family !== null && entry.family !== family) continue;
      if (entry.name === candidate || (relative === null && entry.name.endsWith(`.${candidate}`))) found.add(entry);
    }
  }
  const files = [...found].sort((a, b) => a.position - b.position).map((entry) => entry.file);
  return importer === undefined ? files : nearest(files, importer);
}

/**
 * The full module names a relative import can mean, from the importer's folder (`from ..src import m`
 * in `svc/tests/t.py` → `svc.src`, `svc.src.m`; `import './lib/m.js'` → `lib.m` beside the importer);
 * null for an absolute import, none for one that climbs out of the tree.
 */
function resolvedFrom(imp: CodeImport, importer: string): (string | null)[] | null {
  const folder = importer.split('/').slice(0, -1);
  const imported = imp.imported && imp.imported !== 'default' && imp.imported !== '*' ? imp.imported : null;
  if (languageFamily(importer) === 'python') {
    const dots = /^\.+/.exec(imp.module)?.[0].length ?? 0;
    if (dots === 0) return null;
    if (dots - 1 > folder.length) return [];
    const name = [...folder.slice(0, folder.length - (dots - 1)), ...imp.module.slice(dots).split('.')].filter((s) => s.length > 0).join('.');
    return [imp.module.length > dots ? name : null, imported ? `${name}.${imported}` : null];
  }
  if (!/^\.{1,2}\//.test(imp.module)) return null;
  const joined = path.posix.normalize([...folder, imp.module].join('/'));
  if (joined.startsWith('../') || joined === '..') return [];
  const name = dotted(`./${joined}`);
  return [name, imported ? `${name}.${imported}` : null];
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
