import { MIN_SECTION_WORDS } from '../../knowledge/docs-topics.js';
import type { DocFormat, DocsFacts, DocSection } from '../../collect/docs/model.js';
import { normalise } from '../../collect/docs/topics.js';
import { API_DOC_BODY, API_DOC_HEADINGS } from './api-knowledge.js';
import type { ApiDescription } from './model.js';

const API_DOC_FORMATS: readonly DocFormat[] = ['markdown', 'rst', 'asciidoc', 'text'];
const HEADING = new RegExp(`(?:^| )(?:${API_DOC_HEADINGS.map((h) => normalise(h)).join('|')})(?: |$)`);

/**
 * Documentation sections about the HTTP API: a heading on the API or its endpoints whose text (with
 * its subsections) has substance and talks about requests and responses. A passing mention never counts.
 */
export function apiDocSections(docs: DocsFacts): ApiDescription[] {
  const found: ApiDescription[] = [];
  const counted: DocSection[] = [];
  const sections = docs
    // A notebook is a walkthrough, not the API's reference page (and the costliest kind to parse).
    .documentsWithHeading((heading) => HEADING.test(normalise(heading)), API_DOC_FORMATS)
    .filter((document) => document.info.notDocumentation === null)
    .flatMap((document) => document.sections);
  for (const section of sections) {
    const heading = section.headingPath.at(-1);
    if (heading === undefined || !HEADING.test(normalise(heading)) || namesTheProject(section, heading)) continue;
    // A subsection of a section already counted adds nothing.
    if (counted.some((c) => c.file === section.file && section.line > c.line && startsWith(section.headingPath, c.headingPath))) continue;
    const family = sections.filter((s) => s.file === section.file && startsWith(s.headingPath, section.headingPath) && s.line >= section.line);
    const words = family.reduce((sum, s) => sum + s.proseWords, 0);
    const text = family.map((s) => s.text).join('\n');
    if (words < MIN_SECTION_WORDS || !API_DOC_BODY.test(text)) continue;
    counted.push(section);
    found.push({ kind: 'doc-page', file: section.file, line: section.line, note: `documentation section "${heading}" describing requests and responses`, confidence: 'medium' });
  }
  return found;
}

function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((h, i) => path[i] === h);
}

/** `# sentiment-api` atop a README is the project's name, not a section about its API. */
function namesTheProject(section: DocSection, heading: string): boolean {
  const readmeTitle = section.depth === 1 && /(^|\/)readme\.[^/]+$/i.test(section.file);
  return readmeTitle || /[\w][-_](api|apis|endpoints?)\b|\b(api|apis)[-_][\w]/i.test(heading);
}
