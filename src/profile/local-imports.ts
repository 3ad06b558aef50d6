import type { CodeImport } from '../detectors/code/model.js';

/**
 * Project files an import may refer to: `from app.model import load` → `app/model.py`, `src/app/model.py`;
 * `from . import model` / `import './model.js'` → any `model` module. Matching by dotted suffix is
 * deliberately loose: the scanner has no interpreter path, and a false link only adds a hint.
 */
export function linksTo(imp: CodeImport, sources: readonly string[], importer?: string): string[] {
  const family = importer === undefined ? null : languageFamily(importer);
  const candidates = [dotted(imp.module), imp.imported && imp.imported !== 'default' ? `${dotted(imp.module)}.${imp.imported}` : null]
    .filter((c): c is string => c !== null && c.length > 0)
    .map((c) => c.replace(/^\.+/, ''))
    .filter((c) => c.length > 0);
  return sources.filter((file) => {
    if (family !== null && languageFamily(file) !== family) return false;
    const name = moduleName(file);
    return candidates.some((c) => name === c || name.endsWith(`.${c}`));
  });
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
