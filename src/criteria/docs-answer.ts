import path from 'node:path';
import type { DocsFacts, DocSection, TopicFindings, TopicHit } from '../collect/docs/model.js';
import { BODY_REQUIREMENT_LABEL, DOC_TOPICS, type DocTopicId } from '../knowledge/docs-topics.js';
import {
  evidence,
  no,
  nonEmpty,
  unanswered,
  yes,
  type Answer,
  type AnswerValue,
  type Confidence,
  type Evidence,
  type NonEmpty,
} from '../model/answer.js';

/**
 * Turning documentation findings into an answer, shared by the documentation rules (1-6, 8): a
 * section on the topic with content is `yes` (`medium` when only a conditional heading, such as a
 * "Results" section comparing models, carries it); one that only links elsewhere (or only shows an
 * image) is `unanswered`; one whose body lacks what the topic needs (no fields with meanings, no
 * people with roles) is a `no` to confirm; otherwise `no`, with placeholders and passing mentions
 * attached as what was seen. Pure over DocsFacts, so rules stay pure functions of facts.
 */

/** What `answerFromDocs` can answer (a rule's `answers` when it answers only through it). */
export const DOCS_ANSWERS = ['yes', 'no', 'unanswered'] as const satisfies NonEmpty<AnswerValue>;

/** Evidence stale by more than this against the last code change is `medium` (criterion 1: "kept up to date"). */
const STALE_AFTER_DAYS = 365;
const MAX_EVIDENCE = 4;

export function sectionNote(section: DocSection): string {
  return section.headingPath.length > 0 ? `§ ${section.headingPath.join(' › ')}` : 'text before the first heading';
}

export function hitEvidence(hit: TopicHit): Evidence {
  const from = hit.linkedFrom;
  const where: Record<TopicHit['via'], string> = {
    heading: sectionNote(hit.section),
    linked: from ? `linked from ${sectionNote(from)} (${from.file}:${from.line})` : 'linked from another section',
    'file-title': `whole page, titled "${hit.title ?? ''}" (front matter or site navigation)`,
    'file-name': 'whole file, named on the topic',
    folder: `whole file in ${path.posix.dirname(hit.section.file)}/`,
  };
  const what: Record<TopicHit['substance'], string> = {
    content: `${hit.words} words${hit.conditional ? ' under a general heading' : ''}`,
    unstructured: `${hit.words} words, but no ${hit.unmet ? BODY_REQUIREMENT_LABEL[hit.unmet] : 'substance'}`,
    'links-only': 'only links to another document',
    'image-only': 'only an image',
    placeholder: 'a placeholder (TODO/TBD or template text)',
    empty: 'empty',
    template: 'an unfilled template',
    'awesome-list': 'part of a link list, not project documentation',
  };
  return evidence(hit.section.file, hit.section.line, `${where[hit.via]} — ${what[hit.substance]}`);
}

export function mentionEvidence(section: DocSection, label: string): Evidence {
  return evidence(section.file, section.line, `mentions ${label} in ${sectionNote(section)} (not a section about it)`);
}

export const contentHits = (found: TopicFindings): TopicHit[] => found.hits.filter((h) => h.substance === 'content');

/**
 * Content sections, the most telling first: sections under the topic's own heading before those under
 * a general one, and (when `thinBelow` is given) substantial ones before short ones (a 28-word product
 * blurb or a video with a note), the longest of those first; the documents' order otherwise, so a
 * README's section keeps its lead.
 */
export function rankedContent(found: TopicFindings, thinBelow = 0): TopicHit[] {
  const rank = (hit: TopicHit): number => Number(hit.conditional) * 2 + Number(hit.words < thinBelow);
  return contentHits(found)
    .map((hit, i) => ({ hit, i }))
    // Short sections among themselves: the longest first.
    .sort((a, b) => rank(a.hit) - rank(b.hit) || (rank(a.hit) % 2 === 1 ? b.hit.words - a.hit.words : 0) || a.i - b.i)
    .map(({ hit }) => hit);
}

/** `yes` from documentation, `medium` with the age said when the evidence lags the code by over a year. */
export async function documentedYes(
  docs: DocsFacts,
  rationale: string,
  found: NonEmpty<Evidence>,
  options: { readonly confidence?: Confidence; readonly hints?: readonly string[] } = {},
): Promise<Answer> {
  // One page can carry two topics (criterion 1's goals and KPIs): cite it once.
  const byPlace = new Map(found.map((e) => [`${e.file}:${e.line ?? ''}`, e]));
  const list = nonEmpty([...byPlace.values()].slice(0, MAX_EVIDENCE)) ?? found;
  const staleness = await docs.staleness([...new Set(list.map((e) => e.file))]);
  if (staleness && staleness.days > STALE_AFTER_DAYS) {
    const age = `the evidence last changed ${staleness.evidenceChanged.slice(0, 10)}, ${Math.round(staleness.days / 30)} months before the last code change (${staleness.codeChanged.slice(0, 10)}), so it may be out of date`;
    return yes(`${rationale.replace(/\.$/, '')}; ${age}.`, list, {
      confidence: 'medium',
      hints: [...(options.hints ?? []), 'Check the documentation still matches the project.'],
    });
  }
  return yes(rationale, list, { confidence: options.confidence ?? 'high', hints: options.hints ?? [] });
}

/** Not documented: `unanswered` when a section on the topic points elsewhere, `no` otherwise. */
export function undocumented(
  docs: DocsFacts,
  topic: DocTopicId,
  found: TopicFindings,
  extras: { readonly lookedAt?: readonly string[]; readonly hints?: readonly string[] } = {},
): Answer {
  const label = DOC_TOPICS[topic].label;
  const pointing = found.hits.filter((h) => h.substance === 'links-only' || h.substance === 'image-only');
  if (pointing.length > 0) {
    return unanswered(
      `A section on ${label} exists but only links to another document or shows an image, so whether it is documented cannot be read here.`,
      {
        evidence: pointing.slice(0, MAX_EVIDENCE).map(hitEvidence),
        hints: [
          ...(extras.hints ?? []),
          'Open the linked document or image: it counts only if it documents this project (a generic lifecycle image does not).',
        ],
      },
    );
  }
  const seen = [
    ...found.hits.map(hitEvidence),
    ...found.mentions.map((m) => mentionEvidence(m, label)),
  ].slice(0, MAX_EVIDENCE);
  const lookedAt = nonEmpty([...docs.lookedAt, ...(extras.lookedAt ?? [])]) ?? ['documentation files'];
  const unstructured = found.hits.find((h) => h.substance === 'unstructured');
  if (unstructured?.unmet) {
    const where = `${sectionNote(unstructured.section)} (${unstructured.section.file}:${unstructured.section.line})`;
    return no(
      `The section headed on ${label}, ${where}, shows no ${BODY_REQUIREMENT_LABEL[unstructured.unmet]}, so it does not document it.`,
      lookedAt,
      {
        evidence: seen,
        confidence: 'medium',
        hints: [...(extras.hints ?? []), 'Read the section: if it does document this in prose, answer yes.'],
      },
    );
  }
  const why =
    found.hits.length > 0
      ? `The only section${found.hits.length === 1 ? '' : 's'} on ${label} ${found.hits.length === 1 ? 'is' : 'are'} a placeholder, template or link list, not documentation.`
      : `No documentation section is about ${label}${found.mentions.length > 0 ? ' (it is only mentioned in passing)' : ''}.`;
  // The project's documentation lives on a site this scan never reads: the `no` is only as sure as that site is silent.
  const site = docs.externalSite;
  if (site) {
    return no(`${why.replace(/\.$/, '')} in the repository; the README points to a documentation site (${site.host}) that was not read.`, lookedAt, {
      evidence: [...seen, evidence(site.file, site.line, `${site.links} links to ${site.host}`)].slice(0, MAX_EVIDENCE + 1),
      confidence: 'medium',
      hints: [...(extras.hints ?? []), `Check ${site.host}: a page there on ${label} about this project makes this yes.`],
    });
  }
  return no(why, lookedAt, { evidence: seen, hints: extras.hints ?? [] });
}

/**
 * The whole judgement for a single-topic criterion: sections with content, or structured evidence
 * (`extra`, e.g. CODEOWNERS), give `yes`.
 */
export async function answerFromDocs(
  docs: DocsFacts,
  topic: DocTopicId,
  options: {
    readonly extra?: readonly Evidence[];
    /** Confidence when only `extra` supports the answer. */
    readonly extraConfidence?: Confidence;
    readonly lookedAt?: readonly string[];
    readonly hints?: readonly string[];
    /** Fewer words than this in the best section is a thin answer: `medium`. */
    readonly thinBelow?: number;
  } = {},
): Promise<Answer> {
  const found = docs.about(topic);
  const label = DOC_TOPICS[topic].label;
  const sections = rankedContent(found, options.thinBelow);
  const first = sections[0];
  const all = nonEmpty([...sections.map(hitEvidence), ...(options.extra ?? [])]);
  if (all && first) {
    const where = `${sectionNote(first.section)} (${first.section.file}:${first.section.line})`;
    // Only general headings ("Benchmarks", "Dataset") whose body showed the topic, and nothing else: less sure.
    const condition = DOC_TOPICS[topic].conditional?.body;
    const met = condition && sections.every((h) => h.conditional) && (options.extra ?? []).length === 0 ? condition : null;
    return met
      ? documentedYes(docs, `A section under a general heading shows ${BODY_REQUIREMENT_LABEL[met]}, so it documents ${label}: ${where}.`, all, {
          confidence: 'medium',
          hints: ['Check the section documents this project\'s choice or data, not a generic example.'],
        })
      : options.thinBelow !== undefined && first.words < options.thinBelow && (options.extra ?? []).length === 0
        ? documentedYes(docs, `The documentation has sections on ${label}, but each says little (the first, ${first.words} words): ${where}.`, all, {
            confidence: 'medium',
            hints: ['Check the sections describe this project\'s own steps and why, not a tool\'s features or a video.'],
          })
        : documentedYes(docs, `The documentation has a section on ${label} with content: ${where}.`, all);
  }
  if (all) {
    return documentedYes(docs, `${all[0].file} documents ${label}: ${all[0].note.replace(/\.$/, '')}.`, all, {
      confidence: options.extraConfidence ?? 'high',
    });
  }
  return undocumented(docs, topic, found, options);
}
