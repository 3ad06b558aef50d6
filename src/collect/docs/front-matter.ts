import { parseYamlValue } from '../../repo/yaml-to-js.js';

export interface FrontMatter {
  /** The body with the front matter lines blanked, so line numbers still match the file. */
  readonly body: string;
  /** `title` / `sidebar_label` (Docusaurus, Jekyll, Hugo, mkdocs-material), when present. */
  readonly titles: readonly string[];
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Splits YAML front matter off a Markdown document; a broken block is left as text. */
export function splitFrontMatter(text: string): FrontMatter {
  const match = FENCE.exec(text);
  if (!match) return { body: text, titles: [] };
  let data: unknown;
  try {
    data = parseYamlValue(match[1] ?? '');
  } catch {
    return { body: text, titles: [] };
  }
  const titles: string[] = [];
  if (data !== null && typeof data === 'object') {
    for (const key of ['title', 'sidebar_label']) {
      const value = (data as Record<string, unknown>)[key];
      if (typeof value === 'string' && value.trim() !== '') titles.push(value.trim());
    }
  }
  const blank = match[0].replace(/[^\n]/g, '');
  return { body: blank + text.slice(match[0].length), titles };
}
