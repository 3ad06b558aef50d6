import type { CodeImport } from './model.js';

/**
 * True when the import brings in `root` or something under it. The imported name counts:
 * `from google.cloud import aiplatform` imports `google.cloud.aiplatform`, which the module
 * (`google.cloud`) alone would miss.
 */
export function importsFrom(entry: CodeImport, root: string): boolean {
  const full = entry.imported ? `${entry.module}.${entry.imported}` : entry.module;
  return full === root || full.startsWith(`${root}.`) || full.startsWith(`${root}/`);
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The token a file's text must contain for it to possibly use `name`. For a dotted Python root it is
 * the last segment (the part `from a.b import c` still spells out); for a JS package such as
 * `@growthbook/growthbook` or `onnxruntime-node` its longest identifier part. Anything else (a marker
 * such as `def test`) is kept whole and matched as a substring.
 */
export function prefilterToken(name: string): string {
  if (IDENTIFIER.test(name)) return name;
  if (/^[A-Za-z_][\w.]*$/.test(name)) return name.slice(name.lastIndexOf('.') + 1);
  if (/^[@\w./-]+$/.test(name)) {
    const parts = name.split(/[^A-Za-z0-9_]+/).filter((part) => IDENTIFIER.test(part));
    const longest = parts.sort((a, b) => b.length - a.length)[0];
    if (longest) return longest;
  }
  return name;
}

export function isIdentifier(token: string): boolean {
  return IDENTIFIER.test(token);
}
