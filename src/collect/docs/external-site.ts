import path from 'node:path';
import type { RepoIndex } from '../../repo/repo-index.js';
import { DOCS_SITE_HOSTS, DOCS_SITE_MIN_LINKS } from '../../knowledge/docs-sites.js';
import type { ExternalDocsSite } from './model.js';

const URL = /\bhttps?:\/\/([a-z0-9.-]+)/gi;

/**
 * The documentation site the top-level README keeps linking to (see DOCS_SITE_HOSTS), or null. The most
 * linked host wins; the line is its first link.
 */
export function externalDocsSite(index: Pick<RepoIndex, 'files' | 'lines'>): ExternalDocsSite | null {
  let best: ExternalDocsSite | null = null;
  for (const file of index.files.filter((f) => !f.includes('/') && /^readme(\.[a-z]+)?$/i.test(path.posix.basename(f)))) {
    const counts = new Map<string, { links: number; line: number }>();
    index.lines(file).forEach((text, i) => {
      for (const match of text.matchAll(URL)) {
        const host = (match[1] ?? '').toLowerCase().replace(/\.$/, '');
        if (!DOCS_SITE_HOSTS.some((pattern) => pattern.test(host))) continue;
        const seen = counts.get(host);
        if (seen) seen.links++;
        else counts.set(host, { links: 1, line: i + 1 });
      }
    });
    for (const [host, { links, line }] of counts) {
      if (links >= DOCS_SITE_MIN_LINKS && (best === null || links > best.links)) best = { host, file, line, links };
    }
  }
  return best;
}
