/**
 * The analyses derived during one scan, each computed on first request and kept while the scan's
 * objects live. The computing function is the key, so a memoised analysis needs no name and two
 * analyses cannot collide; it must therefore be a module-level function (a closure made per call
 * would never be found again).
 */
export class ScanMemo<C> {
  private readonly whole = new Map<(context: C) => unknown, unknown>();
  private readonly byFile = new Map<(context: C, file: string) => unknown, Map<string, unknown>>();

  constructor(private readonly context: C) {}

  /** `analysis(context)`, computed once. */
  of<T>(analysis: (context: C) => T): T {
    if (!this.whole.has(analysis)) this.whole.set(analysis, analysis(this.context));
    // Stored under this very function, so the value has its return type.
    return this.whole.get(analysis) as T;
  }

  /** `read(context, file)`, computed once per file. */
  perFile<T>(read: (context: C, file: string) => T, file: string): T {
    let values = this.byFile.get(read);
    if (!values) this.byFile.set(read, (values = new Map()));
    if (!values.has(file)) values.set(file, read(this.context, file));
    // Stored under this very function, so the value has its return type.
    return values.get(file) as T;
  }
}
