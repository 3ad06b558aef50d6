import { DOC_TOPICS } from '../knowledge/docs-topics.js';
import { headingMatcher } from '../collect/docs/topics.js';
import { answerFromDocs } from './docs-answer.js';
import type { Diagram, DiagramImage } from '../collect/docs/model.js';
import type { Rule } from './rule.js';
import { evidence, unanswered, type Evidence } from '../model/answer.js';

const onArchitecture = headingMatcher(DOC_TOPICS.architecture);
const MAX_IMAGES = 4;

function diagramEvidence(diagram: Diagram): Evidence {
  const where = diagram.headingPath?.length ? ` in § ${diagram.headingPath.join(' › ')}` : '';
  const type = diagram.type ? ` (${diagram.type})` : '';
  return evidence(diagram.file, diagram.line, `${diagram.kind} diagram${type}${where}`);
}

function imageEvidence(image: DiagramImage): Evidence {
  const why = image.why === 'name' ? 'named like a diagram' : 'under a design/flow/deployment heading';
  const where = image.headingPath.length > 0 ? ` in § ${image.headingPath.join(' › ')}` : '';
  return evidence(image.file, image.line, `image ${image.target}${where}, ${why}`);
}

export const rule: Rule = {
  id: 8,
  kind: 'detects',
  answers: ['yes', 'no', 'unanswered'],
  looksFor:
    'ARCHITECTURE.md, docs/architecture*, ADR folders, a documentation section on the architecture/system design with content, diagrams as code (mermaid, PlantUML, draw.io, Structurizr/C4); pictures that may be flow diagrams are left to a person',
  toYes: 'Add an architecture section or ARCHITECTURE.md describing the components and how they interact (a mermaid or C4 diagram helps).',
  async answer({ facts }) {
    const docs = await facts.docs();
    // Diagram files and diagrams under an architecture heading are architecture; others (a flowchart
    // in a tutorial) still show the system's structure but less surely.
    const placed = docs.diagrams.filter((d) => d.headingPath === null || d.headingPath.some(onArchitecture));
    const loose = docs.diagrams.filter((d) => !placed.includes(d));
    const onlyLoose = placed.length === 0;
    const answer = await answerFromDocs(docs, 'architecture', {
      extra: [...placed, ...loose].map(diagramEvidence),
      extraConfidence: onlyLoose ? 'medium' : 'high',
      lookedAt: ['diagram files (.drawio, .puml/.plantuml, workspace.dsl, .mmd) and mermaid/PlantUML blocks in documents'],
      hints: ['A generic MLOps lifecycle picture is not an architecture of this system.'],
    });
    const images = docs.diagramImages;
    if (answer.answer !== 'no' || images.length === 0) return answer;
    // A picture can be this system's design; only a person looking at it can tell (not a sure `no`).
    return unanswered(
      `No section or diagram source documents the architecture, but ${images.length} picture${images.length === 1 ? '' : 's'} in the documentation may be flow or design diagrams of this system.`,
      {
        evidence: images.slice(0, MAX_IMAGES).map(imageEvidence),
        hints: [
          'Open the pictures: a diagram of this system\'s components counts; a generic MLOps lifecycle picture or a screenshot does not.',
        ],
      },
    );
  },
};
