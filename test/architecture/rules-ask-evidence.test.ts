import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CRITERIA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/criteria');

/**
 * A rule asks evidence and never reads a file's text itself. dependency-cruiser sees imports, not calls,
 * and a rule gets the text accessor through `facts`, so this looks for the calls.
 */
const TEXT_READ = /\.(text|lines)\(\s*[\w.]+\s*\)|\breadFile(Sync)?\(/;

function textReads(source: string): string[] {
  return source.split('\n').filter((line) => TEXT_READ.test(line) && !line.trim().startsWith('//') && !line.trim().startsWith('*'));
}

describe('rules ask evidence', () => {
  it('no criterion reads file text', () => {
    const reads = readdirSync(CRITERIA)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => textReads(readFileSync(path.join(CRITERIA, f), 'utf8')).map((line) => `${f}: ${line.trim()}`));
    expect(reads).toEqual([]);
  });

  it('the check sees a rule that reads a file, and not a section of parsed docs', () => {
    expect(textReads("    const lines = files.text(doc.file)?.split('\\n') ?? [];")).toHaveLength(1);
    expect(textReads('    const t = texts.lines(file);')).toHaveLength(1);
    expect(textReads("    return COST_DOC_BODY.test(section.text);")).toEqual([]);
  });
});
