/**
 * Appends `items` to `target` in place. `target.push(...items)` passes every item as an argument, and
 * past about 120,000 of them (the lines of a large `run:` block, the headings of a large Markdown file)
 * the call overflows the stack.
 */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
