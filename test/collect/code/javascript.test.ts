import { ParsedFiles } from '../../../src/repo/parsed-files.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { CodeScanner } from '../../../src/collect/code/code-scanner.js';
import { listSources } from '../../../src/collect/code/detect.js';
import { analyseScript } from '../../../src/collect/code/javascript.js';
import type { SourceModule } from '../../../src/collect/code/model.js';
import { RepoIndex } from '../../../src/repo/repo-index.js';
import { fixtureCopy } from '../../helpers/fixture-repo.js';

let index: RepoIndex;
beforeAll(async () => {
  index = await RepoIndex.open(fixtureCopy('code-js-express-next'));
});

async function moduleOf(file: string, names: readonly string[]): Promise<SourceModule> {
  const modules = await new CodeScanner(listSources(index.files), new ParsedFiles(index)).modulesMentioning(names);
  const module = modules.find((m) => m.file === file);
  if (!module) throw new Error(`${file} not parsed`);
  return module;
}

describe('JavaScript: an Express app', () => {
  test('ESM and require imports, with what each binds', async () => {
    const app = await moduleOf('server/app.js', ['express']);
    expect(app.imports).toEqual([
      { module: 'express', imported: 'default', local: 'express', line: 1 },
      { module: 'express', imported: 'Router', local: 'Router', line: 1 },
      { module: 'node:path', imported: null, local: 'path', line: 2 },
      { module: 'jsonwebtoken', imported: null, local: 'jwt', line: 3 },
      { module: './model', imported: 'predict', local: 'score', line: 4 },
    ]);
  });

  test('routes and auth middleware are calls: callee kept local for the app, route path in the snippet', async () => {
    const app = await moduleOf('server/app.js', ['express']);
    expect(app.calls.map((c) => `${c.line} ${c.callee}`)).toEqual([
      '6 express',
      '7 express.Router',
      '12 jsonwebtoken.verify',
      '13 next',
      '16 app.use',
      '16 express.json',
      '17 app.use',
      '18 api.post',
      '19 res.json',
      '19 score',
      '21 app.get',
      '21 res.send',
      '22 app.listen',
    ].map((s) => s.replace(' score', ' ./model.predict')));
    expect(app.calls.find((c) => c.line === 17)?.snippet).toBe("app.use('/api', requireAuth, api)");
    expect(app.calls.find((c) => c.callee === 'jsonwebtoken.verify')?.keywords).toEqual(['algorithms']);
    // "app.delete('/admin')" is in a comment.
    expect(app.calls.some((c) => c.callee === 'app.delete')).toBe(false);
  });
});

describe('TypeScript: Next.js routes and JSDoc', () => {
  test('app-router route handlers are decorators with method and URL; an instance of an imported class names its methods', async () => {
    const route = await moduleOf('app/api/predict/route.ts', ['@growthbook/growthbook']);
    expect(route.decorators).toEqual([
      { callee: 'next.route.POST', line: 7, snippet: 'POST /api/predict: export async function POST(request: Request): Promise<Response> {', target: 'POST' },
      { callee: 'next.route.GET', line: 13, snippet: 'GET /api/predict: export const GET = () => NextResponse.json({ ok: true });', target: 'GET' },
    ]);
    expect(route.calls.map((c) => c.callee)).toEqual(
      expect.arrayContaining(['@growthbook/growthbook.GrowthBook', '@growthbook/growthbook.GrowthBook.isOn', 'next/server.NextResponse.json']),
    );
    expect(route.calls.find((c) => c.callee === '@growthbook/growthbook.GrowthBook')?.keywords).toEqual(['apiHost', 'clientKey']);
  });

  test('a pages/api default export is a route handler', async () => {
    const page = await moduleOf('pages/api/models/index.ts', ['next']);
    expect(page.decorators).toEqual([
      { callee: 'next.route.handler', line: 3, snippet: 'ANY /api/models: export default function handler(req: NextApiRequest, res: NextApiResponse) {', target: 'handler' },
    ]);
  });

  test('definitions: exported functions, classes and methods with JSDoc', () => {
    const text = index.text('lib/metrics.ts') ?? '';
    expect(analyseScript('lib/metrics.ts', text).definitions).toEqual([
      { kind: 'class', name: 'MetricsWindow', line: 4, hasDocstring: true, isPublic: true },
      { kind: 'method', name: 'add', line: 8, hasDocstring: true, isPublic: true },
      { kind: 'method', name: 'mean', line: 12, hasDocstring: false, isPublic: true },
      { kind: 'method', name: 'reset', line: 16, hasDocstring: false, isPublic: false },
      { kind: 'function', name: 'psi', line: 22, hasDocstring: true, isPublic: true },
      { kind: 'function', name: 'clamp', line: 26, hasDocstring: false, isPublic: true },
      { kind: 'function', name: 'internalHelper', line: 28, hasDocstring: false, isPublic: false },
    ]);
  });

  test('TypeScript decorators (NestJS) are decorators with their target', () => {
    const text = [
      "import { Controller, Post, UseGuards } from '@nestjs/common';",
      "@Controller('predict')",
      'export class PredictController {',
      "  @Post('/')",
      '  @UseGuards(AuthGuard)',
      '  score() {}',
      '}',
    ].join('\n');
    expect(analyseScript('src/predict.controller.ts', text).decorators.map((d) => [d.callee, d.line, d.target])).toEqual([
      ['@nestjs/common.Controller', 2, 'PredictController'],
      ['@nestjs/common.Post', 4, 'score'],
      ['@nestjs/common.UseGuards', 5, 'score'],
    ]);
  });

  test('the census counts own code only, not tests', async () => {
    const census = await new CodeScanner(listSources(index.files), new ParsedFiles(index)).ownDefinitions();
    expect([...new Set(census.definitions.map((d) => d.file))]).toEqual(['app/api/predict/route.ts', 'lib/metrics.ts', 'pages/api/models/index.ts', 'server/app.js']);
  });
});
