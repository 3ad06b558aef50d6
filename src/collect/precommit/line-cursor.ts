/** Finds lines in order: each search starts after the previous hit, so repeated ids get their own lines. */
export class LineCursor {
  private next = 0;

  constructor(private readonly lines: readonly string[]) {}

  find(pattern: RegExp): number | null {
    for (let i = this.next; i < this.lines.length; i++) {
      if (pattern.test(this.lines[i] ?? '')) {
        this.next = i + 1;
        return i + 1;
      }
    }
    return null;
  }
}
