import path from 'node:path';
import type { CollectorInput } from '../input.js';
import { CodeScanner } from './code-scanner.js';
import type { CodeFacts, SourceFile, SourceLanguage } from './model.js';

const LANGUAGE_BY_EXTENSION: Readonly<Record<string, SourceLanguage>> = {
  '.py': 'python',
  '.ipynb': 'notebook',
  '.js': 'javascript',
  '.mjs': 'javascript',
  '.cjs': 'javascript',
  '.jsx': 'javascript',
  '.ts': 'typescript',
  '.mts': 'typescript',
  '.cts': 'typescript',
  '.tsx': 'typescript',
};

/** Lists the source files; parsing happens on demand, when a rule asks (see CodeScanner). */
export async function detectCode(input: CollectorInput): Promise<CodeFacts> {
  return new CodeScanner(listSources(input.index.files), input.parsed);
}

export function listSources(files: readonly string[]): SourceFile[] {
  const sources: SourceFile[] = [];
  for (const file of files) {
    const language = LANGUAGE_BY_EXTENSION[path.posix.extname(file).toLowerCase()];
    if (language && !/\.d\.[cm]?ts$/.test(file)) sources.push({ file, language });
  }
  return sources;
}
