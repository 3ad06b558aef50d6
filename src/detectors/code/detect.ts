import path from 'node:path';
import type { DetectorInput } from '../input.js';
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

export async function detectCode(input: DetectorInput): Promise<CodeFacts> {
  const sources: SourceFile[] = [];
  for (const file of input.index.files) {
    const language = LANGUAGE_BY_EXTENSION[path.posix.extname(file).toLowerCase()];
    if (language && !file.endsWith('.d.ts')) sources.push({ file, language });
  }
  return {
    sources,
    modulesMentioning: async () => [],
    ownDefinitions: async () => ({ definitions: [], filesCounted: 0, sampled: false }),
  };
}
