import { DOC_TOPICS } from '../../src/knowledge/docs-topics.js';
import { headingMatcher } from '../../src/detectors/docs/topics.js';
import { answerFromDocs } from '../../src/detectors/docs/topic-answer.js';
import type { Diagram } from '../../src/detectors/docs/model.js';
import type { Rule } from '../../src/engine/rule.js';
import { evidence, type Evidence } from '../../src/model/answer.js';

const onArchitecture = headingMatcher(DOC_TOPICS.architecture);

function diagramEvidence(diagram: Diagram): Evidence {
  const where = diagram.headingPath?.length ? ` in § ${diagram.headingPath.join(' › ')}` : '';
  const type = diagram.type ? ` (${diagram.type})` : '';
  return evidence(diagram.file, diagram.line, `${diagram.kind} diagram${type}${where}`);
}

export const rule: Rule = {
  id: 8,
  kind: 'detects',
  looksFor:
    'ARCHITECTURE.md, docs/architecture*, ADR folders, a documentation section on the architecture/system design with content, diagrams as code (mermaid, PlantUML, draw.io, Structurizr/C4)',
  toYes: 'Add an architecture section or ARCHITECTURE.md describing the components and how they interact (a mermaid or C4 diagram helps).',
  async answer({ facts }) {
    const docs = await facts.docs();
    // Diagram files and diagrams under an architecture heading are architecture; others (a flowchart
    // in a tutorial) still show the system's structure but less surely.
    const placed = docs.diagrams.filter((d) => d.headingPath === null || d.headingPath.some(onArchitecture));
    const loose = docs.diagrams.filter((d) => !placed.includes(d));
    const onlyLoose = placed.length === 0;
    return answerFromDocs(docs, 'architecture', {
      extra: [...placed, ...loose].map(diagramEvidence),
      extraConfidence: onlyLoose ? 'medium' : 'high',
      lookedAt: ['diagram files (.drawio, .puml/.plantuml, workspace.dsl, .mmd) and mermaid/PlantUML blocks in documents'],
      hints: ['A generic MLOps lifecycle picture is not an architecture of this system.'],
    });
  },
};
