import type { CodeAnalysis } from './model.js';

/** JS/TS analysis (ts-morph) arrives in the next step; until then scripts yield nothing. */
export function analyseScript(_file: string, _text: string): CodeAnalysis {
  return { imports: [], calls: [], decorators: [], definitions: [] };
}
