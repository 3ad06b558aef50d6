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

/**
 * The token a file's text must contain for it to possibly import `root`: the last dotted segment of a
 * Python name (the part `from a.b import c` still spells out), the whole name for JS packages.
 */
export function prefilterToken(root: string): string {
  if (root.includes('/')) return root;
  return root.slice(root.lastIndexOf('.') + 1);
}
