import type { ReportAnswer } from './report-answer.js';
import type { HumanAnswer } from './human-answer.js';

/**
 * A person's answer wins over the scanner's. The scanner's evidence stays attached (it is what the person
 * judged); the answer is stale when that evidence changed since, and a disagreement when it contradicts a
 * high-confidence auto answer.
 */
export function mergeHumanAnswers(auto: readonly ReportAnswer[], human: ReadonlyMap<number, HumanAnswer>): ReportAnswer[] {
  return auto.map((answer) => {
    const person = human.get(answer.id);
    return person ? mergeOne(answer, person) : answer;
  });
}

/** A hand-written answer has no fingerprint and so cannot go stale: we do not know what its author saw. */
export function isStale(person: HumanAnswer, autoFingerprint: string): boolean {
  return person.fingerprint !== null && person.fingerprint !== autoFingerprint;
}

function mergeOne(auto: ReportAnswer, person: HumanAnswer): ReportAnswer {
  const stale = isStale(person, auto.fingerprint);
  const contradicts = auto.confidence === 'high' && auto.answer !== 'unanswered' && auto.answer !== person.answer;
  const by = [person.who ?? 'a person', person.when ? `on ${dateOf(person.when)}` : null].filter(Boolean).join(' ');
  const said = auto.answer === 'unanswered' ? 'left it unanswered' : `said ${auto.answer}${auto.confidence ? ` (${auto.confidence})` : ''}`;
  return {
    ...auto,
    answer: person.answer,
    source: 'human',
    confidence: 'high',
    rationale: `Answered by ${by}${person.comment ? `: ${person.comment}` : ''}; the scanner ${said}.`,
    internalError: null,
    comment: person.comment,
    who: person.who,
    when: person.when,
    stale,
    disagreement: contradicts ? { answer: auto.answer, confidence: auto.confidence, rationale: auto.rationale } : null,
  };
}

/** The day of an ISO 8601 time (`2026-12-01T10:00:00.000Z` → `2026-12-01`), as a person reads it; free text as written. */
export function dateOf(when: string): string {
  return /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}/.exec(when)?.[1] ?? when;
}
