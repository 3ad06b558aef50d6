import { createRequire } from 'node:module';
import { Language, Parser } from 'web-tree-sitter';

// Resolved through the package system, so the same code works from src/ (vitest) and from dist/.
const require = createRequire(import.meta.url);

let pythonParser: Promise<Parser> | null = null;

/** The Python parser of this thread: the runtime wasm and the grammar are loaded once per thread. */
export function loadPythonParser(): Promise<Parser> {
  pythonParser ??= (async () => {
    await Parser.init({ locateFile: () => require.resolve('web-tree-sitter/tree-sitter.wasm') });
    const language = await Language.load(require.resolve('tree-sitter-python/tree-sitter-python.wasm'));
    return new Parser().setLanguage(language);
  })();
  return pythonParser;
}
