import { mentionsTopic } from '../collect/docs/topics.js';
import { escapeRegExp } from '../util/regexp.js';
import {
  contentHits,
  documentedYes,
  hitEvidence,
  sectionNote,
  undocumented,
} from './docs-answer.js';
import type { Rule } from './rule.js';
import type { DocsFacts, TopicHit } from '../collect/docs/model.js';
import { unanswered, type NonEmpty, type Evidence } from '../model/answer.js';

const MAX_PAIRS = 5;

/** The repository files the documents naming `target` link to it from, by document. */
function linkingTo(docs: DocsFacts, target: string): Set<string> {
  const name = new RegExp(escapeRegExp(target.split('/').at(-1) ?? target));
  return new Set(
    docs
      .documentsContaining(name)
      .filter((d) => d.sections.some((s) => s.links.some((l) => l.local === target)))
      .map((d) => d.info.file),
  );
}

/**
 * Goals and KPIs of one project: in the same document, or in documents linked to each other (or from
 * one page linking both). A feature proposal's "Goals" and another file's test-plan "Success Criteria"
 * are two unrelated things, not the project's goals and how they are measured.
 */
function together(docs: DocsFacts, goal: TopicHit, kpi: TopicHit): boolean {
  const [g, k] = [goal.section.file, kpi.section.file];
  if (g === k || goal.linkedFrom?.file === k || kpi.linkedFrom?.file === g) return true;
  const toGoal = linkingTo(docs, g);
  if (toGoal.has(k)) return true;
  const toKpi = linkingTo(docs, k);
  return toKpi.has(g) || [...toGoal].some((hub) => toKpi.has(hub));
}

function pairOf(docs: DocsFacts, goals: readonly TopicHit[], kpis: readonly TopicHit[]): [TopicHit, TopicHit] | null {
  for (const goal of goals.slice(0, MAX_PAIRS)) {
    for (const kpi of kpis.slice(0, MAX_PAIRS)) if (together(docs, goal, kpi)) return [goal, kpi];
  }
  return null;
}

export const rule: Rule = {
  id: 1,
  kind: 'detects',
  answers: ['yes', 'no', 'unanswered'],
  looksFor:
    'documentation sections (README, docs/, model card) with content on the business goals/objectives/problem statement AND on KPIs/success metrics',
  toYes: 'Document the business goal and how success is measured: a "Business goals" and a "KPIs" section, kept current.',
  async answer({ facts }) {
    const docs = await facts.docs();
    const goalsFound = docs.about('business-goals');
    const kpisFound = docs.about('kpis');
    const goals = contentHits(goalsFound);
    const kpis = contentHits(kpisFound);
    const pair = pairOf(docs, goals, kpis);
    if (pair) {
      const [goal, kpi] = pair;
      const found: NonEmpty<Evidence> = [hitEvidence(goal), hitEvidence(kpi), ...goals.filter((g) => g !== goal).map(hitEvidence)];
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
    const [goal] = goals;
    const [kpi] = kpis;
    if (goal && kpi) {
      return unanswered(
        `Business goals (${goal.section.file}:${goal.section.line}) and KPIs (${kpi.section.file}:${kpi.section.line}) are documented in unrelated documents, so they may not be this project's goals and their measure.`,
        {
          evidence: [hitEvidence(goal), hitEvidence(kpi)],
          hints: ['Check both sections are about the project itself (not a feature proposal or a test plan) and belong together.'],
        },
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
