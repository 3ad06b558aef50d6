import { DIAGRAM_IMAGE_HEADING, DIAGRAM_IMAGE_NAME, DOC_TOPICS, NOT_DIAGRAM_IMAGE } from '../../knowledge/docs-topics.js';
import type { ParsedFile } from './library.js';
import type { DiagramImage } from './model.js';
import { headingMatcher } from './topics.js';

const onArchitecture = headingMatcher(DOC_TOPICS.architecture);

/**
 * Images of the project's documentation that may show its design: named as a diagram, or placed
 * under an architecture, flow or deployment heading. Templates and link lists are left out.
 */
export function diagramImages(documents: readonly ParsedFile[]): DiagramImage[] {
  const found: DiagramImage[] = [];
  for (const { info, sections } of documents) {
    if (info.notDocumentation) continue;
    for (const section of sections) {
      for (const link of section.links) {
        if (!link.image || NOT_DIAGRAM_IMAGE.test(link.target)) continue;
        // Folders count too: ".../systems-design/workloads.png", "docs/architecture/overview.svg".
        const where = pathOf(link.target).replace(/\.[^./]+$/, '');
        const byName = where.split('/').some((part) => DIAGRAM_IMAGE_NAME.test(part));
        // Its own heading, or an architecture heading above it: a README titled "MLOps pipeline" says nothing of each picture.
        const own = section.headingPath.at(-1) ?? '';
        const byHeading = DIAGRAM_IMAGE_HEADING.test(own) || section.headingPath.some(onArchitecture);
        if (!byName && !byHeading) continue;
        found.push({
          file: section.file,
          line: link.line,
          target: link.target,
          headingPath: section.headingPath,
          why: byName ? 'name' : 'heading',
        });
      }
    }
  }
  return found;
}

/** The path of a link target: a URL's path without host and query, or the relative path as written. */
function pathOf(target: string): string {
  const bare = target.split(/[?#]/)[0] ?? '';
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(bare) ? bare.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '') : bare;
}
