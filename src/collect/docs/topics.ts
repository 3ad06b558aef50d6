import { escapeRegExp } from '../../util/regexp.js';
import path from 'node:path';
import {
  DOC_TOPICS,
  MIN_SECTION_WORDS,
  TOOL_NAMES,
  type BodyRequirement,
  type DocTopic,
  type DocTopicId,
} from '../../knowledge/docs-topics.js';
import { meetsBody } from './body.js';
import type { DocFile, DocSection, TopicFindings, TopicHit, TopicVia } from './model.js';
import type { DocSource } from './library.js';
import { judgeSubstance } from './substance.js';

const MAX_MENTIONS = 5;

/** Lower case, every run of non-letters/digits one space: "Bias, Risks & Limitations" → "bias risks limitations". */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}


const alternatives = (phrases: readonly string[]): string => phrases.map((p) => escapeRegExp(normalise(p))).join('|');

function phraseMatcher(phrases: readonly string[]): RegExp {
  return new RegExp(`(?:^| )(?:${alternatives(phrases)})(?: |$)`);
}

const TOOLS = new RegExp(`(?<=^| )(?:${alternatives(TOOL_NAMES)})(?= |$)`, 'g');

/** Normalised text with tool names taken out: "Week 1: Weights & Biases" says nothing about bias. */
export function withoutTools(normalised: string): string {
  return normalised.replace(TOOLS, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Whether a heading (or title) is on the topic. */
export function headingMatcher(topic: DocTopic): (heading: string) => boolean {
  const on = phraseMatcher(topic.headings);
  const off = topic.notHeadings ? new RegExp(phraseMatcher(topic.notHeadings).source, 'g') : null;
  return (heading) => {
    const normal = ` ${withoutTools(normalise(heading))} `;
    return on.test((off ? normal.replace(off, '  ') : normal).trim());
  };
}

/** Whether a heading is one of the topic's conditional headings: the whole heading, past a step number. */
export function conditionalMatcher(topic: DocTopic): (heading: string) => boolean {
  if (!topic.conditional) return () => false;
  const whole = new RegExp(`^(?:(?:step|part|chapter|section)? ?\\d+[a-z]? )*(?:${alternatives(topic.conditional.headings)})$`);
  return (heading) => whole.test(withoutTools(normalise(heading)));
}

const RANK: Readonly<Record<string, number>> = { content: 0, 'links-only': 1, 'image-only': 1 };

/**
 * Topic lookups over the documentation: each topic matched once (memoised), in one pass over the
 * sections of the documents that can be on it.
 */
export class TopicIndex {
  private readonly normalisedText = new Map<DocSection, string>();
  private readonly cache = new Map<DocTopicId, TopicFindings>();

  constructor(private readonly source: DocSource) {}

  about(id: DocTopicId): TopicFindings {
    let found = this.cache.get(id);
    if (!found) {
      found = this.find(DOC_TOPICS[id]);
      this.cache.set(id, found);
    }
    return found;
  }

  private find(topic: DocTopic): TopicFindings {
    const onTopic = headingMatcher(topic);
    const onCondition = conditionalMatcher(topic);
    const mentionedIn = phraseMatcher(topic.headings);
    const hits: TopicHit[] = [];
    const mentions: DocSection[] = [];
    const anyHeading = (heading: string): boolean => onTopic(heading) || onCondition(heading);
    for (const { info, sections } of this.source.candidates(anyHeading, (i) => fileVia(topic, i, onTopic) !== null)) {
      let sectionHit = false;
      for (let at = 0; at < sections.length; at++) {
        const section = sections[at] as DocSection;
        const own = section.headingPath.at(-1);
        const strong = own !== undefined && onTopic(own);
        const body = own !== undefined && (strong || onCondition(own)) ? subtree(sections, at) : null;
        const condition = topic.conditional?.body ?? null;
        const conditionMet = own !== undefined && body !== null && !strong && condition !== null && meetsBody(condition, body, own);
        if (body && (strong || conditionMet)) {
          sectionHit = true;
          hits.push(this.hit(section, body, 'heading', info, strong ? (topic.body ?? null) : null, conditionMet));
          at += body.length - 1; // subsections are part of this hit, not hits of their own
        } else if (mentions.length < MAX_MENTIONS && mentionedIn.test(this.textOf(section))) {
          mentions.push(section);
        }
      }
      const first = sections[0];
      const via = sectionHit || !first ? null : fileVia(topic, info, onTopic);
      if (first && via) hits.push({ ...this.hit(first, sections, via.via, info, null, false), title: via.title });
    }
    const documented = new Set(hits.filter((h) => h.substance === 'content').map((h) => h.section.file));
    const linked = hits.flatMap((hit) => this.followLinks(hit)).filter((hit) => !documented.has(hit.section.file));
    const all = [...hits, ...linked].sort((a, b) => (RANK[a.substance] ?? 2) - (RANK[b.substance] ?? 2));
    return { hits: all, mentions };
  }

  /** A section on the topic, judged; `required` is what its body must show to count as `content`. */
  private hit(
    section: DocSection,
    body: readonly DocSection[],
    via: TopicVia,
    info: DocFile,
    required: BodyRequirement | null,
    conditional: boolean,
  ): TopicHit {
    const { substance, words } = judgeSubstance(body, info);
    const heading = section.headingPath.at(-1) ?? '';
    const unmet = substance === 'content' && required !== null && !meetsBody(required, body, heading) ? required : null;
    return { section, via, substance: unmet ? 'unstructured' : substance, words, linkedFrom: null, title: null, conditional, unmet };
  }

  /**
   * A section on the topic that only links to another file of this repository: the linked file is
   * the documentation when it has content (an external link stays `links-only`, spec Clarifications).
   */
  private followLinks(hit: TopicHit): TopicHit[] {
    if (hit.substance !== 'links-only') return [];
    const linked: TopicHit[] = [];
    for (const link of hit.section.links) {
      const target = link.local && link.local !== hit.section.file ? this.source.document(link.local) : null;
      const first = target?.sections[0];
      if (!target || !first) continue;
      const judged = judgeSubstance(target.sections, target.info);
      if (judged.substance === 'content' && judged.words >= MIN_SECTION_WORDS * 2) {
        linked.push({
          section: first,
          via: 'linked',
          substance: 'content',
          words: judged.words,
          linkedFrom: hit.section,
          title: null,
          conditional: false,
          unmet: null,
        });
      }
    }
    return linked;
  }

  private textOf(section: DocSection): string {
    let text = this.normalisedText.get(section);
    if (text === undefined) {
      text = withoutTools(normalise(section.text));
      this.normalisedText.set(section, text);
    }
    return text;
  }
}

const mentionMatchers = new Map<DocTopicId, RegExp>();

/** Whether prose mentions one of a topic's phrases (a hint, or a body detail such as KPIs inside goals). */
export function mentionsTopic(text: string, id: DocTopicId): boolean {
  let matcher = mentionMatchers.get(id);
  if (!matcher) {
    matcher = phraseMatcher(DOC_TOPICS[id].headings);
    mentionMatchers.set(id, matcher);
  }
  return matcher.test(withoutTools(normalise(text)));
}

/** The section and the subsections under it. */
function subtree(sections: readonly DocSection[], at: number): DocSection[] {
  const head = sections[at];
  if (!head) return [];
  const body = [head];
  for (let i = at + 1; i < sections.length; i++) {
    const next = sections[i];
    if (!next || next.depth <= head.depth) break;
    body.push(next);
  }
  return body;
}

/** A whole file on the topic: titled so (front matter, navigation), named so, or in a topic folder. */
function fileVia(
  topic: DocTopic,
  info: DocFile,
  onTopic: (h: string) => boolean,
): { via: TopicVia; title: string | null } | null {
  const title = info.titles.find(onTopic);
  if (title) return { via: 'file-title', title };
  const stem = path.posix.basename(info.file).replace(/\.[^.]+$/, '');
  if (topic.fileNames?.test(stem)) return { via: 'file-name', title: null };
  if (topic.folders?.test(path.posix.dirname(info.file))) return { via: 'folder', title: null };
  return null;
}
