/** A billion-laughs document: `levels` anchors, each a list of `width` aliases of the one before. */
export function yamlBomb(width: number, levels: number): string {
  const row = (item: string): string => `[${Array.from({ length: width }, () => item).join(', ')}]`;
  const lines = Array.from({ length: levels }, (_, level) => `l${level}: &l${level} ${row(level === 0 ? '"lol"' : `*l${level - 1}`)}`);
  return `${lines.join('\n')}\nrepos: *l${levels - 1}\n`;
}
