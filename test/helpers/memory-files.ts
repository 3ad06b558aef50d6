import type { FileSource } from '../../src/repo/parsed-files.js';

/** Files held in memory, read as a RepoIndex reads them: a fresh one per input has nothing cached. */
export class MemoryFiles implements FileSource {
  readonly skipped = new Map<string, string>();
  private readonly files: ReadonlyMap<string, string>;

  constructor(files: Readonly<Record<string, string>>) {
    this.files = new Map(Object.entries(files));
  }

  text(file: string): string | null {
    return this.files.get(file) ?? null;
  }

  lines(file: string): string[] {
    return this.text(file)?.split(/\r?\n/) ?? [];
  }

  skip(file: string, reason: string): void {
    if (!this.skipped.has(file)) this.skipped.set(file, reason);
  }
}
