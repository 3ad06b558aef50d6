import path from 'node:path';
import type { DocFormat } from './model.js';

const FORMAT_BY_EXTENSION: Readonly<Record<string, DocFormat>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdx': 'markdown',
  '.qmd': 'markdown',
  '.rmd': 'markdown',
  '.rst': 'rst',
  '.adoc': 'asciidoc',
  '.asciidoc': 'asciidoc',
  '.txt': 'text',
  '.ipynb': 'notebook',
};

/** Files that are about something else than the project's design: releases, legal text, conduct. */
const NOT_DOCS_NAME =
  /^(change[-_ ]?log|changes|history|news|release[-_ ]?notes|releases|licen[cs]e|copying|notice|patents|authors|code[-_ ]of[-_ ]conduct|third[-_ ]party[-_ ]notices?|security)(\.|$)/i;

/** Issue/PR templates, tests and their fixtures: not documentation of the project. */
const NOT_DOCS_PATH =
  /(^|\/)(\.github\/(issue_template|pull_request_template|discussion_template)|tests?|__tests__|fixtures|__fixtures__|testdata|test[-_]data|__snapshots__|licenses)(\/|$)|(^|\/)pull_request_template\.md$/i;

/**
 * Design proposals (Kubernetes-style KEPs, RFCs, enhancement proposals) state a feature's goals, risks
 * and test plan, not the project's: their "Goals" and "Risks and Mitigations" are no business goals or
 * model risks of this project.
 */
const PROPOSAL_PATH = /(^|\/)(proposals?|keps?|rfcs?|enhancements)\//i;

/** Plain-text files are documentation only when they say so by name or place (requirements.txt is not). */
const TEXT_DOC = /(^|\/)(docs?|documentation)\/|(^|\/)(readme|model[-_ ]?card|datasheet|data[-_ ]?dictionary)[^/]*$/i;

const EXTENSIONLESS_DOC = /^(readme|model[-_ ]?card|maintainers|architecture)$/i;

/** The documentation format of a listed file, or null when it is not documentation. */
export function docFormat(file: string): DocFormat | null {
  const base = path.posix.basename(file);
  if (NOT_DOCS_NAME.test(base) || NOT_DOCS_PATH.test(file) || PROPOSAL_PATH.test(file)) return null;
  if (EXTENSIONLESS_DOC.test(base)) return 'text';
  const format = FORMAT_BY_EXTENSION[path.posix.extname(base).toLowerCase()];
  if (!format) return null;
  if (format === 'text' && !TEXT_DOC.test(file)) return null;
  return format;
}

export const DOCS_LOOKED_AT =
  'README*, docs/**, *.md/.mdx/.rst/.adoc, docs/*.txt, notebooks\' markdown cells, mkdocs/sphinx/docusaurus navigation (CHANGELOG, LICENSE, tests, templates, design proposals (proposals/, keps/, rfcs/, enhancements/), tutorials/examples/blog posts and assistant instructions (incl. SKILL.md skill folders) left out)';
