import type { Document } from 'yaml';
import { parse as parseToml } from 'smol-toml';
import type { RepoIndex } from './repo-index.js';
import { ScanMemo } from '../util/scan-memo.js';
import { reusedParse } from '../util/parse-reuse.js';
import { yamlToJs } from './yaml-to-js.js';
import { parseYamlStream } from './yaml-stream.js';

type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

/** What ParsedFiles reads files through: a RepoIndex, or files held in memory (tests). */
export type FileSource = Pick<RepoIndex, 'text' | 'lines' | 'skip'>;

/**
 * Each file parsed at most once per format. A file that does not parse is recorded as skipped with
 * the parser's reason and yields null: detectors never throw on a user's broken file.
 */
export class ParsedFiles {
  private readonly yamlCache = new Map<string, Parsed<Document.Parsed[]>>();
  private readonly jsonCache = new Map<string, Parsed<unknown>>();
  private readonly tomlCache = new Map<string, Parsed<Record<string, unknown>>>();
  private readonly lineStarts = new Map<string, number[]>();
  private readonly lineLists = new Map<string, readonly string[]>();

  /** What collectors derive per file from the parses (a script's commands, a Makefile's rules), once per scan. */
  readonly derived: ScanMemo<ParsedFiles> = new ScanMemo<ParsedFiles>(this);

  constructor(readonly index: FileSource) {}

  /**
   * All YAML documents of a file (multi-document streams such as Kubernetes manifests). A file nested
   * too deep or whose aliases expand too far (a billion-laughs bomb) is skipped like a broken one.
   */
  yamlDocuments(file: string): Document.Parsed[] | null {
    return this.memo(this.yamlCache, file, 'yaml', parseYamlStream);
  }

  /** The first YAML document as plain data, or null when absent or broken. */
  yaml(file: string): unknown {
    const doc = this.yamlDocuments(file)?.[0];
    return doc ? yamlToJs(doc) : null;
  }

  json(file: string): unknown {
    return this.memo(this.jsonCache, file, 'json', (text) => JSON.parse(text) as unknown);
  }

  toml(file: string): Record<string, unknown> | null {
    return this.memo(this.tomlCache, file, 'toml', (text) => parseToml(text) as Record<string, unknown>);
  }

  /** 1-based line of a character offset, with the file's line starts computed once. */
  lineAt(file: string, offset: number): number {
    let starts = this.lineStarts.get(file);
    if (!starts) {
      starts = [0];
      const text = this.index.text(file) ?? '';
      for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
      this.lineStarts.set(file, starts);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  /**
   * The file's lines, split once. `RepoIndex.lines` splits the text on every call, and readers that ask
   * per step (a CI file's `run:` blocks) made a 10,000-job workflow quadratic.
   */
  lines(file: string): readonly string[] {
    let lines = this.lineLists.get(file);
    if (!lines) {
      lines = this.index.lines(file);
      this.lineLists.set(file, lines);
    }
    return lines;
  }

  /** First 1-based line matching `pattern`, or null. */
  findLine(file: string, pattern: RegExp): number | null {
    const lines = this.lines(file);
    const at = lines.findIndex((line) => pattern.test(line));
    return at === -1 ? null : at + 1;
  }

  private memo<T>(cache: Map<string, Parsed<T>>, file: string, format: string, parse: (text: string) => T): T | null {
    let entry = cache.get(file);
    if (!entry) {
      const text = this.index.text(file);
      if (text === null) {
        entry = { ok: false };
      } else {
        try {
          entry = { ok: true, value: reusedParse(format, text, () => parse(text)) };
        } catch (error) {
          this.index.skip(file, `could not parse: ${(error as Error).message.split('\n')[0]}`);
          entry = { ok: false };
        }
      }
      cache.set(file, entry);
    }
    return entry.ok ? entry.value : null;
  }
}
