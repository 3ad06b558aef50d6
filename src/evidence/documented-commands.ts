import type { Facts } from './facts.js';
import { repoTexts } from './repo-texts.js';

/** A command line written in the documentation (a README code block), with where it is. */
export interface DocumentedCommand {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/**
 * The first line matching `pattern` in each documentation file (files the docs index marks as not
 * documentation excluded), at most `max` of them.
 */
export async function documentedCommands(facts: Facts, pattern: RegExp, max: number): Promise<DocumentedCommand[]> {
  const [docs, texts] = await Promise.all([facts.docs(), repoTexts(facts)]);
  const found: DocumentedCommand[] = [];
  for (const { info: doc } of docs.documentsContaining(pattern).filter((d) => d.info.notDocumentation === null)) {
    if (found.length === max) break;
    const lines = texts.text(doc.file)?.split(/\r?\n/) ?? [];
    const at = lines.findIndex((line) => pattern.test(line));
    if (at >= 0) found.push({ file: doc.file, line: at + 1, text: (lines[at] ?? '').trim() });
  }
  return found;
}
