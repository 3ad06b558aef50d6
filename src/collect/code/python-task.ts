import type { CodeAnalysis } from './model.js';
import { analysePython } from './python.js';
import { loadPythonParser } from './tree-sitter.js';

/** The Python parse the worker pool runs on each core: a module's text in, its analysis out. */
export async function run(source: string): Promise<CodeAnalysis> {
  return analysePython(await loadPythonParser(), source);
}
