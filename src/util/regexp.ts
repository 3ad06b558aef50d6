/** A literal string as a regular expression source (file names, package names, YAML keys). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
