/** Test code (pytest/unittest and JS conventions) exercises a tool; it does not wire it into the system. */
const TEST_FILE = /(^|\/)(tests?|__tests__|testing)\/|(^|\/)test_[^/]*\.py$|_test\.py$|\.(test|spec)\.[cm]?[jt]sx?$|(^|\/)conftest\.py$/;

/**
 * Data and inputs kept for tests (fixture pipelines, sample configs, golden files): they are read by
 * tests, so what they call is no more the project's system than the tests themselves.
 */
const TEST_DATA = /(^|\/)(test_data|testdata|test-data|fixtures)\//i;

export function isTestData(file: string): boolean {
  return TEST_DATA.test(file);
}

export function isTestFile(file: string): boolean {
  return TEST_FILE.test(file) || TEST_DATA.test(file);
}

export function isNotebook(file: string): boolean {
  return file.endsWith('.ipynb');
}

/**
 * Teaching material: a folder named for showing how to use the project (examples, samples,
 * tutorials, demos, blog posts). Only these named segments count: a top folder called `notebooks`
 * or `course` is where a course or a samples collection keeps its real content.
 */
const TEACHING_SEGMENT = /(^|\/)(examples?|samples?|tutorials?|demos?|blogs?)\//i;

/**
 * Instructions for coding assistants (Claude skills, Cursor rules, AGENTS.md and kin) describe how to
 * use or change the project; they are neither its code nor its documentation.
 */
const ASSISTANT_FILE = /(^|\/)(\.claude|\.cursor|\.windsurf|\.gemini)\/|(^|\/)(AGENTS|CLAUDE|GEMINI)\.md$|(^|\/)\.github\/copilot-instructions\.md$/i;

export type IllustrativeKind = 'teaching' | 'assistant';

/**
 * Why a file only illustrates the project rather than being part of it, or null. Evidence found only
 * in such files is a hint, never a high-confidence `yes` (see `ownsCodeBesideIllustrations`).
 */
export function illustrativeKind(file: string): IllustrativeKind | null {
  if (ASSISTANT_FILE.test(file)) return 'assistant';
  return TEACHING_SEGMENT.test(file) ? 'teaching' : null;
}

export function isIllustrative(file: string): boolean {
  return illustrativeKind(file) !== null;
}

const CODE_FILE = /\.(py|ipynb|[cm]?[jt]sx?|go|java|scala|kt|r|jl|rs)$/i;

const owning = new WeakMap<readonly string[], boolean>();

/**
 * Whether the repository has code of its own outside tests and illustrative folders. When it has
 * none (a repository that is a collection of examples or a course), its examples are its content
 * and count as its own; otherwise they only illustrate and give hints. Memoised per file list.
 */
export function ownsCodeBesideIllustrations(files: readonly string[]): boolean {
  let owns = owning.get(files);
  if (owns === undefined) {
    owns = files.some((f) => CODE_FILE.test(f) && !isTestFile(f) && !isIllustrative(f));
    owning.set(files, owns);
  }
  return owns;
}

/**
 * Whether evidence in `file` only illustrates the project, given the repository's listing: assistant
 * instructions always; teaching folders unless the repository has no code of its own beside them.
 */
export function onlyIllustrates(file: string, files: readonly string[]): boolean {
  const kind = illustrativeKind(file);
  return kind === 'assistant' || (kind === 'teaching' && ownsCodeBesideIllustrations(files));
}
