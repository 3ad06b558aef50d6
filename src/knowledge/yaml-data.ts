/** A parsed YAML mapping as a record, or null for anything else (lists, scalars, a broken file's null). */
export function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** A YAML key as a literal inside a line pattern (`^\s+<key>\s*:`). */
export function escapeKey(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
