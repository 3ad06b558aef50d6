import path from 'node:path';
import type { Answer } from '../model/answer.js';
import type { SkippedFile } from '../repo/repo-index.js';
import type { CriterionResult } from './results.js';

/** Kinds of file that can hold evidence for some criterion: source, notebooks, docs and config. */
const EVIDENCE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.py', '.ipynb', '.r', '.scala', '.java', '.go', '.js', '.mjs', '.cjs', '.ts', '.tsx', '.sql', '.sh',
  '.md', '.mdx', '.rst', '.adoc', '.txt',
  '.yml', '.yaml', '.json', '.toml', '.cfg', '.ini', '.tf', '.tfvars', '.bicep', '.hcl', '.proto',
]);
const EVIDENCE_NAMES = /^(dockerfile|jenkinsfile|makefile|codeowners)/i;

/** Skipped files that could have held evidence (a large notebook, a broken workflow), not data or binaries. */
export function unreadEvidence(skipped: readonly SkippedFile[]): SkippedFile[] {
  return skipped.filter((skip) => {
    if (skip.reason === 'binary file') return false;
    const base = path.posix.basename(skip.file);
    return EVIDENCE_EXTENSIONS.has(path.posix.extname(base).toLowerCase()) || EVIDENCE_NAMES.test(base);
  });
}

/**
 * A `no` says the repository shows the statement does not hold; when files that could prove otherwise
 * were not read, that is no longer certain, so a high-confidence `no` drops to `medium` and names them.
 */
export function qualifyNoAnswers(results: readonly CriterionResult[], skipped: readonly SkippedFile[]): CriterionResult[] {
  const unread = unreadEvidence(skipped);
  if (unread.length === 0) return [...results];
  const shown = unread.slice(0, 3).map((s) => `${s.file} (${s.reason})`).join(', ');
  const more = unread.length > 3 ? ` and ${unread.length - 3} more` : '';
  const hint = `${unread.length} file(s) that could hold evidence were not read: ${shown}${more}; check them by hand.`;
  return results.map((result) => ({ ...result, answer: qualify(result.answer, hint) }));
}

function qualify(answer: Answer, hint: string): Answer {
  if (answer.answer !== 'no' || answer.confidence !== 'high') return answer;
  return { ...answer, confidence: 'medium', hints: [...answer.hints, hint] };
}
