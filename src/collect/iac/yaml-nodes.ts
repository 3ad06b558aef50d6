import { isMap, isScalar, type Document } from 'yaml';
import type { ParsedFiles } from '../../repo/parsed-files.js';

export interface MapEntry {
  readonly key: string;
  readonly value: unknown;
  /** 1-based line of the key. */
  readonly line: number;
}

/** The string-keyed entries of a YAML mapping node, each with its key's line. */
export function mapEntries(parsed: ParsedFiles, file: string, node: unknown): MapEntry[] {
  if (!isMap(node)) return [];
  const entries: MapEntry[] = [];
  for (const pair of node.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const offset = pair.key.range?.[0] ?? 0;
    entries.push({ key, value: pair.value, line: parsed.lineAt(file, offset) });
  }
  return entries;
}

/** Entries of a document's top-level mapping. */
export function rootEntries(parsed: ParsedFiles, file: string, doc: Document.Parsed): MapEntry[] {
  return mapEntries(parsed, file, doc.contents);
}

/** A scalar entry's value as a string, or null. */
export function scalarText(value: unknown): string | null {
  return isScalar(value) && value.value !== null && value.value !== undefined ? String(value.value) : null;
}
