import picomatch from 'picomatch';
import type { CiPipeline, CiStep, CiTrigger } from '../../src/collect/ci/model.js';
import type { CodeCall, CodeDecorator, CodeImport, SourceModule } from '../../src/collect/code/model.js';
import type { DocSection, DocsFacts, ExternalDocsSite, TopicHit } from '../../src/collect/docs/model.js';
import { ScanMemo } from '../../src/util/scan-memo.js';
import type { Facts } from '../../src/evidence/facts.js';
import type { DocTopicId } from '../../src/knowledge/docs-topics.js';
import { trait, type Profile } from '../../src/profile/profile.js';

/**
 * In-memory facts for rule unit tests: parsed modules as the code layer would give them, config file
 * texts, CI pipelines and doc sections. Facets a test does not give reject when asked.
 */
export interface FakeRepo {
  readonly modules?: readonly SourceModule[];
  /** Non-source files by path, with their text (dvc.yaml, data files, databricks.yml ...). */
  readonly files?: Readonly<Record<string, string>>;
  readonly pipelines?: readonly CiPipeline[];
  readonly sections?: readonly DocSection[];
  /** Sections the docs detector would put on a topic (with substance `content`). */
  readonly topics?: Partial<Record<DocTopicId, readonly DocSection[]>>;
  readonly externalDocsSite?: ExternalDocsSite;
}

/** `import mlflow` → 'mlflow'; `from sklearn.ensemble import RandomForestClassifier` → 'sklearn.ensemble:RandomForestClassifier'. */
export function imp(spec: string, line = 1): CodeImport {
  const [module = spec, imported = null] = spec.split(':');
  return { module, imported, local: imported ?? module.split('.')[0] ?? module, line };
}

export function call(callee: string, line: number, snippet = `${callee}()`, keywords: readonly string[] = []): CodeCall {
  return { callee, line, snippet, keywords };
}

export function decorator(callee: string, line: number, snippet = `@${callee}`, target: string | null = null): CodeDecorator {
  return { callee, line, snippet, target };
}

export function py(
  file: string,
  parts: { imports?: readonly CodeImport[]; calls?: readonly CodeCall[]; decorators?: readonly CodeDecorator[]; definitions?: readonly string[] },
): SourceModule {
  return {
    file,
    language: file.endsWith('.ipynb') ? 'notebook' : 'python',
    imports: parts.imports ?? [],
    calls: parts.calls ?? [],
    decorators: parts.decorators ?? [],
    definitions: (parts.definitions ?? []).map((name, i) => ({ kind: 'function', name, line: 100 + i, hasDocstring: false, isPublic: true })),
  };
}

export function section(file: string, line: number, headingPath: readonly string[], text = 'Eight or more words of real prose explaining the topic here.'): DocSection {
  return { file, line, headingPath, text, format: 'markdown', depth: headingPath.length, proseWords: text.split(/\s+/).length, links: [] };
}

export function pipeline(file: string, triggers: readonly CiTrigger[], steps: readonly string[]): CiPipeline {
  const ciSteps: CiStep[] = steps.map((run, i) => ({ kind: 'run', system: 'github-actions', run, file, line: 10 + i }));
  return { system: 'github-actions', file, name: file, triggers, jobs: [{ name: 'job', file, line: 8, steps: ciSteps, environment: null }] };
}

export const CRON: CiTrigger = { kind: 'schedule', cron: '0 3 * * 1', line: 4 };
export const PUSH: CiTrigger = { kind: 'push', branches: ['main'], line: 3 };

/** A module's text as the literal prefilter sees it: its imports, callees and snippets. */
function textOf(module: SourceModule): string {
  return [...module.imports.map((i) => i.module), ...module.calls.map((c) => `${c.callee} ${c.snippet}`), ...module.decorators.map((d) => d.snippet)].join('\n');
}

export function fakeFacts(repo: FakeRepo): Facts {
  const modules = repo.modules ?? [];
  const texts = repo.files ?? {};
  const paths = [...modules.map((m) => m.file), ...Object.keys(texts)].sort();
  const matching = (globs: string | readonly string[]): string[] => {
    const isMatch = picomatch(typeof globs === 'string' ? globs : [...globs], { dot: true });
    return paths.filter((p) => isMatch(p));
  };
  const missing = (facet: string) => (): Promise<never> => Promise.reject(new Error(`fake facts: no ${facet}`));
  const docs: DocsFacts = {
    sections: repo.sections ?? [],
    lookedAt: ['**/*.md'],
    files: [],
    ownership: [],
    diagrams: [],
    describedStages: [],
    describedSchemas: [],
    decisionRecords: [],
    diagramImages: [],
    externalSite: repo.externalDocsSite ?? null,
    about: (topic) => ({ hits: (repo.topics?.[topic] ?? []).map(contentHit), mentions: [] }),
    staleness: () => Promise.resolve(null),
    documentsWithHeading: () => [],
    documentsContaining: () => [],
  };
  const facts: Facts = {
    files: () =>
      Promise.resolve({
        files: paths,
        has: (f: string) => paths.includes(f),
        matching,
        named: (re: RegExp) => paths.filter((p) => re.test(p)),
        text: (file: string) => texts[file] ?? null,
      }),
    ci: () => Promise.resolve({ pipelines: repo.pipelines ?? [], lookedAt: ['.github/workflows/'] }),
    code: () =>
      Promise.resolve({
        sources: modules.map((m) => ({ file: m.file, language: m.language })),
        modulesMentioning: (names: readonly string[]) => Promise.resolve(modules.filter((m) => names.some((n) => textOf(m).includes(n)))),
        ownDefinitions: () => Promise.resolve({ definitions: [], filesCounted: 0, sampled: false }),
      }),
    docs: () => Promise.resolve(docs),
    iac: missing('iac'),
    environment: missing('environment'),
    precommit: missing('precommit'),
    tests: missing('tests'),
    releases: missing('releases'),
    history: missing('history'),
    api: missing('api'),
    derive: (analysis) => memo.of(analysis),
  };
  const memo = new ScanMemo(facts);
  return facts;
}

function contentHit(s: DocSection): TopicHit {
  return { section: s, via: 'heading', substance: 'content', words: s.proseWords, linkedFrom: null, title: null, conditional: false, unmet: null };
}

/** A profile with no traits, or with the ones named present (evidence from `where`). */
export function fakeProfile(present: { realtime?: string; batch?: string } = {}): Profile {
  const at = (file: string | undefined) => (file ? [{ file, line: 1, note: 'fake trait evidence' }] : []);
  return {
    languages: [],
    realtime: trait(at(present.realtime), 'online serving'),
    batch: trait(at(present.batch), 'batch scoring'),
    iac: trait([], 'iac'),
    featureStore: trait([], 'feature store'),
    abTesting: trait([], 'a/b testing'),
    ml: trait([], 'ML code'),
  };
}
