import { RULES } from '../../criteria/registry.js';
import { SECTIONS } from '../../model/questionnaire.js';
import type { AnswersFile } from '../../answers/answers-file.js';
import type { HumanAnswer } from '../../answers/human-answer.js';
import { isStale } from '../../answers/merge.js';
import { recordAnswer } from '../../answers/save-answers.js';
import { terminalSafe } from '../../report/escape.js';
import { location } from '../../report/render-terminal.js';
import type { ReportAnswer } from '../../answers/report-answer.js';
import { PromptAborted, type Choice, type Prompter } from './prompter.js';

export interface SessionOptions {
  /** The scanner's answers (before merging the answers file), in id order. */
  readonly auto: readonly ReportAnswer[];
  readonly file: AnswersFile;
  readonly prompter: Prompter;
  /** Where the context of each question is shown. */
  readonly write: (text: string) => void;
  /** git user.name, when known. */
  readonly who: string | null;
  readonly now: () => Date;
}

export interface SessionResult {
  readonly file: AnswersFile;
  readonly recorded: number;
  readonly interrupted: boolean;
}

const LOOKS_FOR = new Map(RULES.map((rule) => [rule.id, rule.looksFor]));

/**
 * Walks what the scanner could not settle (and human answers whose evidence changed), then offers the
 * medium-confidence answers for confirmation. Each answer is saved at once, so an interruption keeps it.
 */
export async function runSession(options: SessionOptions): Promise<SessionResult> {
  let file = options.file;
  let recorded = 0;
  const human = () => file.answers;
  const open = options.auto.filter((a) => {
    const person = human().get(a.id);
    return person ? isStale(person, a.fingerprint) : a.answer === 'unanswered';
  });
  const toConfirm = options.auto.filter((a) => a.answer !== 'unanswered' && a.confidence === 'medium' && !human().has(a.id));
  try {
    options.write(`${open.length} criteria to answer${open.length > 0 ? ' (Ctrl-C stops; answers are saved as you go)' : ''}.\n`);
    for (const [i, answer] of open.entries()) {
      if (await ask(answer, `${i + 1}/${open.length}`)) recorded += 1;
    }
    if (toConfirm.length > 0 && (await options.prompter.confirm(`Confirm the ${toConfirm.length} medium-confidence answers now?`))) {
      for (const [i, answer] of toConfirm.entries()) {
        if (await ask(answer, `confirm ${i + 1}/${toConfirm.length}`)) recorded += 1;
      }
    }
  } catch (error) {
    if (error instanceof PromptAborted) return { file, recorded, interrupted: true };
    throw error;
  }
  return { file, recorded, interrupted: false };

  async function ask(answer: ReportAnswer, progress: string): Promise<boolean> {
    const previous = human().get(answer.id) ?? null;
    options.write(questionContext(answer, previous, progress));
    const choice = await options.prompter.choose(`Criterion ${answer.id}:`, suggestion(answer, previous));
    if (choice === 'skip') return false;
    // The prompt prints its default as it is, and the answers file may be the repository's own.
    const comment = (await options.prompter.comment('Comment (optional):', previous?.comment ? terminalSafe(previous.comment) : null)).trim();
    file = recordAnswer(file, {
      id: answer.id,
      answer: choice,
      comment: comment === '' ? null : comment,
      who: options.who,
      when: options.now().toISOString(),
      fingerprint: answer.fingerprint,
    });
    return true;
  }
}

function suggestion(answer: ReportAnswer, previous: HumanAnswer | null): Choice {
  if (previous) return previous.answer;
  return answer.answer === 'unanswered' ? 'skip' : answer.answer;
}

/** What the person needs to decide: the statement, what the scanner found, and what to check. */
export function questionContext(answer: ReportAnswer, previous: HumanAnswer | null, progress: string): string {
  const safe = terminalSafe;
  const lines = ['', `[${progress}] ${answer.id}. ${safe(answer.statement)}`, `  Section ${answer.section}: ${SECTIONS[answer.section]}`];
  if (previous) {
    lines.push(`  You answered ${previous.answer}${previous.who ? ` (${safe(previous.who)})` : ''}; the evidence changed since, please re-confirm.`);
  }
  const scanner = answer.answer === 'unanswered' ? 'cannot tell' : `${answer.answer} (${answer.confidence ?? 'medium'} confidence)`;
  lines.push(`  Scanner: ${scanner}: ${safe(answer.rationale)}`);
  for (const item of answer.evidence) lines.push(`    - ${safe(`${location(item)}  ${item.note}`)}`);
  for (const hint of answer.hints) lines.push(`  Hint: ${safe(hint)}`);
  lines.push(`  Looks for: ${LOOKS_FOR.get(answer.id) ?? ''}`, `  Yes when: ${answer.toYes}`, '');
  return lines.join('\n');
}
