import { mentionsTopic } from '../../src/detectors/docs/topics.js';
import {
  contentHits,
  documentedYes,
  hitEvidence,
  sectionNote,
  undocumented,
} from '../docs-answer.js';
import type { Rule } from '../../src/engine/rule.js';
import { unanswered, type NonEmpty, type Evidence } from '../../src/model/answer.js';

export const rule: Rule = {
  id: 1,
  kind: 'detects',
  looksFor:
    'documentation sections (README, docs/, model card) with content on the business goals/objectives/problem statement AND on KPIs/success metrics',
  toYes: 'Document the business goal and how success is measured: a "Business goals" and a "KPIs" section, kept current.',
  async answer({ facts }) {
    const docs = await facts.docs();
    const goalsFound = docs.about('business-goals');
    const kpisFound = docs.about('kpis');
    const goals = contentHits(goalsFound);
    const kpis = contentHits(kpisFound);
    const [goal] = goals;
    const [kpi] = kpis;
    if (goal && kpi) {
      const found: NonEmpty<Evidence> = [hitEvidence(goal), hitEvidence(kpi), ...goals.slice(1).map(hitEvidence)];
      return documentedYes(
        docs,
        `Business goals (${sectionNote(goal.section)}, ${goal.section.file}:${goal.section.line}) and KPIs (${sectionNote(kpi.section)}, ${kpi.section.file}:${kpi.section.line}) are documented.`,
        found,
      );
    }
    // Goals whose own text names the success metric ("... measured by monthly churn, target 5%").
    const measured = goals.find((g) => mentionsTopic(g.section.text, 'kpis'));
    if (measured) {
      return documentedYes(
        docs,
        `The business goals section (${sectionNote(measured.section)}, ${measured.section.file}:${measured.section.line}) also states how success is measured, though KPIs have no section of their own.`,
        [hitEvidence(measured)],
        { confidence: 'medium', hints: ['Check the KPIs named there are concrete and current.'] },
      );
    }
    const half = goal ?? kpi;
    if (half) {
      const missing = goal ? 'KPIs or success metrics' : 'the business goals';
      return unanswered(`Only one half is documented: a section on ${goal ? 'business goals' : 'KPIs'} exists, none on ${missing}.`, {
        evidence: [hitEvidence(half)],
        hints: [`Check whether ${missing} are documented elsewhere (a wiki, a project charter).`],
      });
    }
    // Neither half has content: report on whichever has a (placeholder or link-only) section at all.
    return kpisFound.hits.length > 0 && goalsFound.hits.length === 0
      ? undocumented(docs, 'kpis', kpisFound)
      : undocumented(docs, 'business-goals', goalsFound);
  },
};
