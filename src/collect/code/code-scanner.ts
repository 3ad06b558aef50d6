import type { ParsedFiles } from '../../repo/parsed-files.js';
import { WorkerPool } from '../../repo/worker-pool.js';
import { isIdentifier, prefilterToken } from './imports.js';
import type { CodeAnalysis, CodeFacts, DefinitionCensus, SourceFile, SourceModule } from './model.js';
import { notebookOf, notebookPython } from './notebook.js';
import { evenSample, isOwnSource } from './own-source.js';
import { reusedParse, reusedParses } from '../../util/parse-reuse.js';

/**
 * Above this much own source, the definition census parses an evenly spread sample: 1 MiB holds
 * thousands of definitions, plenty for a share, and keeps the census under a second on two cores.
 */
const CENSUS_FULL_BYTES = 2 * 1024 * 1024;
const CENSUS_SAMPLE_BYTES = 1024 * 1024;


const WORD = /[A-Za-z_][A-Za-z0-9_]*/g;
const NO_FILES: readonly string[] = [];

/**
 * The project's source code, parsed lazily: a file is parsed only when a rule asks for a name its text
 * contains (a substring test on the text the index has read once), and at most once per scan.
 */
export class CodeScanner implements CodeFacts {
  private readonly modules = new Map<string, Promise<SourceModule | null>>();
  private census: Promise<DefinitionCensus> | null = null;
  private readonly mentions = new Map<string, readonly string[]>();
  private words: ReadonlyMap<string, readonly string[]> | null = null;

  /**
   * Python is parsed on both cores (tree-sitter in each worker); a small batch in this thread, which
   * loads tree-sitter only then: a scan without Python to parse never loads it.
   */
  private readonly pool = new WorkerPool<string, CodeAnalysis>({
    module: new URL('./python-task.js', import.meta.url),
    run: async (source) => (await import('./python-task.js')).run(source),
    weight: (source) => source.length,
  });

  constructor(
    readonly sources: readonly SourceFile[],
    private readonly repo: ParsedFiles,
  ) {}

  /** The files parsed so far (for tests: the prefilter must keep the others unparsed). */
  get parsedFiles(): string[] {
    return [...this.modules.keys()].sort();
  }

  async modulesMentioning(names: readonly string[]): Promise<readonly SourceModule[]> {
    const wanted = new Set<string>();
    for (const name of names) {
      if (name.length > 0) for (const file of this.filesMentioning(prefilterToken(name))) wanted.add(file);
    }
    return this.parsed(this.sources.filter((source) => wanted.has(source.file)));
  }

  /**
   * The source files whose text contains `token`. Identifiers are looked up in a word index built in one
   * pass over all source text (rules ask for hundreds of names; a substring pass per name cost seconds on
   * a large monorepo); other tokens get one substring pass each.
   */
  private filesMentioning(token: string): readonly string[] {
    if (isIdentifier(token)) return this.wordIndex().get(token) ?? NO_FILES;
    let files = this.mentions.get(token);
    if (!files) {
      files = this.sources.filter((source) => this.repo.index.text(source.file)?.includes(token)).map((source) => source.file);
      this.mentions.set(token, files);
    }
    return files;
  }

  private wordIndex(): ReadonlyMap<string, readonly string[]> {
    if (!this.words) {
      const words = new Map<string, string[]>();
      for (const source of this.sources) {
        const text = this.repo.index.text(source.file);
        if (text === null) continue;
        // One pass of the regular expression, with no array of every word nor a set per file (a file is
        // added once, when it is not the last one listed): on a monorepo this reads tens of megabytes.
        WORD.lastIndex = 0;
        for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
          const files = words.get(match[0]);
          if (files === undefined) words.set(match[0], [source.file]);
          else if (files[files.length - 1] !== source.file) files.push(source.file);
        }
      }
      this.words = words;
    }
    return this.words;
  }

  ownDefinitions(): Promise<DefinitionCensus> {
    this.census ??= this.countDefinitions();
    return this.census;
  }

  private async countDefinitions(): Promise<DefinitionCensus> {
    const own: (SourceFile & { bytes: number })[] = [];
    for (const source of this.sources) {
      const text = isOwnSource(source) ? this.repo.index.text(source.file) : null;
      if (text !== null) own.push({ ...source, bytes: text.length });
    }
    const total = own.reduce((sum, f) => sum + f.bytes, 0);
    const chosen = total > CENSUS_FULL_BYTES ? evenSample(own, CENSUS_SAMPLE_BYTES) : own;
    const modules = await this.parsed(chosen);
    return {
      definitions: modules.flatMap((module) => module.definitions.map((definition) => ({ ...definition, file: module.file }))),
      filesCounted: modules.length,
      sampled: chosen.length < own.length,
    };
  }

  /** The modules of `sources` (in order; unparseable ones left out), parsing those not parsed yet in one batch. */
  private async parsed(sources: readonly SourceFile[]): Promise<SourceModule[]> {
    const fresh = sources.filter((source) => !this.modules.has(source.file));
    if (fresh.length > 0) {
      const batch = this.parseBatch(fresh);
      for (const source of fresh) this.modules.set(source.file, batch.then((modules) => modules.get(source.file) ?? null));
    }
    const modules = await Promise.all(sources.map((source) => this.modules.get(source.file)));
    return modules.filter((module): module is SourceModule => module !== null && module !== undefined);
  }

  private async parseBatch(sources: readonly SourceFile[]): Promise<Map<string, SourceModule>> {
    const result = new Map<string, SourceModule>();
    const python: { source: SourceFile; text: string; lineMap: readonly number[] | null }[] = [];
    // ts-morph brings the TypeScript compiler (~1 s to load): only a scan that parses JS/TS pays for it.
    const scripts = sources.some((s) => s.language === 'javascript' || s.language === 'typescript') ? await import('./javascript.js') : null;
    for (const source of sources) {
      const text = this.repo.index.text(source.file);
      if (text === null) continue;
      switch (source.language) {
        case 'python':
          python.push({ source, text, lineMap: null });
          break;
        case 'notebook': {
          const code = this.notebookCode(source.file);
          if (code) python.push({ source, text: code.source, lineMap: code.lineMap });
          break;
        }
        case 'javascript':
        case 'typescript':
          if (scripts) result.set(source.file, { ...source, ...reusedParse('script', `${source.file}\0${text}`, () => scripts.analyseScript(source.file, text)) });
          break;
      }
    }
    const analyses = await reusedParses('python', python.map((job) => job.text), (texts) => this.pool.run(texts));
    python.forEach((job, i) => {
      const analysis = analyses[i];
      if (analysis) result.set(job.source.file, { ...job.source, ...(job.lineMap ? remapLines(analysis, job.lineMap) : analysis) });
    });
    return result;
  }

  private notebookCode(file: string): ReturnType<typeof notebookPython> | null {
    const notebook = notebookOf(this.repo, file);
    if (!notebook) return null;
    const language = notebook.language;
    if (language !== null && language !== 'python') {
      this.repo.index.skip(file, `notebook kernel language is ${language}, not Python`);
      return null;
    }
    return notebookPython(notebook);
  }
}

/** Moves a notebook's analysis from lines of its joined code to lines of the .ipynb file. */
function remapLines(analysis: CodeAnalysis, lineMap: readonly number[]): CodeAnalysis {
  const at = <T extends { readonly line: number }>(item: T): T => ({ ...item, line: lineMap[item.line - 1] ?? item.line });
  return {
    imports: analysis.imports.map(at),
    calls: analysis.calls.map(at),
    decorators: analysis.decorators.map(at),
    definitions: analysis.definitions.map(at),
  };
}
