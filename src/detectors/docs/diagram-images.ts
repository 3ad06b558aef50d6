import path from 'node:path';
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
        const stem = path.posix.basename(link.target.split(/[?#]/)[0] ?? '').replace(/\.[^.]+$/, '');
        const byName = DIAGRAM_IMAGE_NAME.test(stem);
        // The image's own heading and its parent: a README titled "MLOps pipeline" says nothing of each picture.
        const byHeading = section.headingPath.slice(-2).some((h) => onArchitecture(h) || DIAGRAM_IMAGE_HEADING.test(h));
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
