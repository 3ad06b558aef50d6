/** A parsed JSON/YAML/TOML mapping as a record, or null for anything else (lists, scalars, a broken file's null). */
export function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** Type guard form of `asRecord`. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return asRecord(value) !== null;
}
