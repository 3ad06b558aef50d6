import {
  BOILERPLATE_PHRASES,
  MIN_SECTION_WORDS,
  PLACEHOLDER_MARKERS,
  TEMPLATE_PLACEHOLDER,
} from '../../knowledge/docs-topics.js';
import type { DocFile, DocSection, Substance } from './model.js';
import { countWords } from './sections.js';

export interface Judgement {
  readonly substance: Substance;
  readonly words: number;
}

/**
 * Whether a section (with its subsections) documents something: enough prose of its own once
 * placeholder lines ("TODO", "[More Information Needed]") are set aside, and no template left over.
 * Fewer words with links is `links-only` (or `image-only`): the content is elsewhere.
 */
export function judgeSubstance(sections: readonly DocSection[], file: DocFile | undefined): Judgement {
  if (file?.notDocumentation) return { substance: file.notDocumentation, words: 0 };
  const text = sections.map((s) => s.text).join('\n');
  if (TEMPLATE_PLACEHOLDER.test(text)) return { substance: 'template', words: 0 };
  if (BOILERPLATE_PHRASES.some((phrase) => phrase.test(text))) return { substance: 'placeholder', words: 0 };
  let placeholderWords = 0;
  let placeholders = 0;
  for (const line of text.split('\n')) {
    if (PLACEHOLDER_MARKERS.some((marker) => marker.test(line))) {
      placeholders++;
      placeholderWords += countWords(line);
    }
  }
  const prose = sections.reduce((sum, s) => sum + s.proseWords, 0);
  const words = Math.max(0, prose - placeholderWords);
  if (words >= MIN_SECTION_WORDS) return { substance: 'content', words };
  if (placeholders > 0) return { substance: 'placeholder', words };
  const links = sections.flatMap((s) => s.links);
  if (links.length > 0) return { substance: links.every((l) => l.image) ? 'image-only' : 'links-only', words };
  return { substance: 'empty', words };
}
