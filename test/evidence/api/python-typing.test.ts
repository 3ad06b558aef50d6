import { beforeAll, describe, expect, test } from 'vitest';
import type { Parser } from 'web-tree-sitter';
import { analysePython } from '../../../src/collect/code/python.js';
import { loadPythonParser } from '../../../src/collect/code/tree-sitter.js';

let parser: Parser;
beforeAll(async () => {
  parser = await loadPythonParser();
});

// The code layer's class bases and annotations, added for criterion 7 (typed request/response models).
describe('Python definitions carry bases and annotations', () => {
  test('class bases are resolved through the imports; keyword arguments are not bases', () => {
    const { definitions } = analysePython(
      parser,
      [
        'import pydantic',
        'from pydantic import BaseModel as BM',
        'class A(BM):',
        '    x: float',
        'class B(A, pydantic.RootModel, metaclass=Meta):',
        '    pass',
        'class C:',
        '    pass',
      ].join('\n'),
    );
    expect(definitions.map((d) => [d.name, d.bases])).toEqual([
      ['A', ['pydantic.BaseModel']],
      ['B', ['A', 'pydantic.RootModel']],
      ['C', undefined],
    ]);
  });

  test('parameter and return annotations as written; none when untyped', () => {
    const { definitions } = analysePython(
      parser,
      [
        'async def predict(req: PredictRequest, n: int = 1, *args, **kw) -> list[PredictResponse]:',
        '    return []',
        'def health(request):',
        '    return {}',
        'class S:',
        '    def run(self, x: "Frame") -> None:',
        '        pass',
      ].join('\n'),
    );
    expect(definitions.map((d) => [d.name, d.annotations])).toEqual([
      ['predict', ['PredictRequest', 'int', 'list[PredictResponse]']],
      ['health', undefined],
      ['S', undefined],
      ['run', ['"Frame"', 'None']],
    ]);
  });
});
