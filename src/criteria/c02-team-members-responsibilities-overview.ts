import { answerFromDocs, DOCS_ANSWERS } from './docs-answer.js';
import type { Rule } from './rule.js';
import { evidence } from '../model/answer.js';

export const rule: Rule = {
  id: 2,
  kind: 'detects',
  answers: DOCS_ANSWERS,
  looksFor:
    'CODEOWNERS, MAINTAINERS or OWNERS files naming people, or a documentation section on the team, roles and responsibilities (RACI) with content',
  toYes: 'Add a CODEOWNERS file, or a "Team and responsibilities" section saying who owns which part of the project.',
  async answer({ facts }) {
    const docs = await facts.docs();
    const owners = docs.ownership.map((o) =>
      evidence(o.file, o.line, `${o.kind.toUpperCase()} file with ${o.entries} entr${o.entries === 1 ? 'y' : 'ies'}`),
    );
    return answerFromDocs(docs, 'team', {
      extra: owners,
      lookedAt: ['CODEOWNERS (root, .github/, .gitlab/, docs/), MAINTAINERS*, OWNERS*'],
      hints: ["A paper's author list or a contributors list is not a team overview."],
    });
  },
};
