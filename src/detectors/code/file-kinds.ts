/** Test code (pytest/unittest and JS conventions) exercises a tool; it does not wire it into the system. */
const TEST_FILE = /(^|\/)(tests?|__tests__|testing)\/|(^|\/)test_[^/]*\.py$|_test\.py$|\.(test|spec)\.[cm]?[jt]sx?$|(^|\/)conftest\.py$/;

export function isTestFile(file: string): boolean {
  return TEST_FILE.test(file);
}

export function isNotebook(file: string): boolean {
  return file.endsWith('.ipynb');
}
