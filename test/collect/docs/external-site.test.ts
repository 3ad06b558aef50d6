import { describe, expect, it } from 'vitest';
import { externalDocsSite } from '../../../src/collect/docs/external-site.js';

function repo(files: Record<string, string>): { files: string[]; lines: (file: string) => string[] } {
  return { files: Object.keys(files), lines: (file) => (files[file] ?? '').split('\n') };
}

const links = (host: string, n: number): string => Array.from({ length: n }, (_, i) => `See https://${host}/page${i}.`).join('\n');

describe('externalDocsSite', () => {
  it('is the documentation host the top-level README links to again and again, with its first line', () => {
    const site = externalDocsSite(repo({ 'README.md': `# Tool\n${links('docs.tool.dev', 3)}\n${links('tool.readthedocs.io', 6)}` }));
    expect(site).toEqual({ host: 'tool.readthedocs.io', file: 'README.md', line: 5, links: 6 });
  });
  it('is null for a few references to framework docs, other hosts, or a nested README', () => {
    expect(externalDocsSite(repo({ 'README.md': `${links('docs.python.org', 2)}\n${links('pytorch.org', 9)}` }))).toBeNull();
    expect(externalDocsSite(repo({ 'README.md': links('docs.tool.dev', 4) }))).toBeNull();
    expect(externalDocsSite(repo({ 'examples/README.md': links('docs.tool.dev', 9) }))).toBeNull();
  });
});
