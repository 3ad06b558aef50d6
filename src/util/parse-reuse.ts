import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Parse results shared by the scans of one `trend` run: the same file content (the same git blob) at
 * two commits parses to the same result, so it is parsed once. Keys are the content itself (a blob id
 * is its hash), so the reuse needs no blob ids threaded through the readers. Outside `reusingParses`
 * (every ordinary scan) nothing is kept.
 */
type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };

const storage = new AsyncLocalStorage<Map<string, Map<string, Outcome>>>();

/** Runs `work` with parse results shared by everything it awaits. */
export function reusingParses<T>(work: () => Promise<T>): Promise<T> {
  return storage.run(new Map(), work);
}

function cacheOf(kind: string): Map<string, Outcome> | null {
  const caches = storage.getStore();
  if (!caches) return null;
  let cache = caches.get(kind);
  if (!cache) caches.set(kind, (cache = new Map()));
  return cache;
}

/** `parse()`, or its earlier result (or error: a broken file stays broken) for the same key. */
export function reusedParse<T>(kind: string, key: string, parse: () => T): T {
  const cache = cacheOf(kind);
  if (!cache) return parse();
  let outcome = cache.get(key);
  if (!outcome) {
    try {
      outcome = { ok: true, value: parse() };
    } catch (error) {
      outcome = { ok: false, error };
    }
    cache.set(key, outcome);
  }
  if (!outcome.ok) throw outcome.error;
  // The cache holds what `parse` returned for this kind, so the value is a T.
  return outcome.value as T;
}

/** `parseAll(keys)` for the keys not parsed before; results in the order of `keys`. */
export async function reusedParses<T>(kind: string, keys: readonly string[], parseAll: (keys: readonly string[]) => Promise<T[]>): Promise<T[]> {
  const cache = cacheOf(kind);
  if (!cache) return parseAll(keys);
  const missing = [...new Set(keys.filter((key) => !cache.has(key)))];
  const parsed = missing.length > 0 ? await parseAll(missing) : [];
  missing.forEach((key, i) => cache.set(key, { ok: true, value: parsed[i] }));
  // Every key is now cached with a parse of this kind, so each value is a T.
  return keys.map((key) => (cache.get(key) as { value: T }).value);
}
