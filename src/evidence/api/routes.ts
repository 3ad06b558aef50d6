import { callSites, importsAny } from '../call-sites.js';
import { HEALTH_ROUTE } from '../../knowledge/monitoring.js';
import { ROUTE_METHODS } from '../../knowledge/serving.js';
import { linksTo } from '../../collect/code/local-imports.js';
import { isTestFile } from '../../collect/code/file-kinds.js';
import type { RepoIndex } from '../../repo/repo-index.js';
import type { CodeDecorator, CodeDefinition, CodeFacts, SourceModule } from '../../collect/code/model.js';
import {
  BENTOML_API,
  BENTOML_IO,
  BENTOML_SERVICE,
  MLFLOW_SIGNATURE_CALLS,
  MODEL_BASE_IMPORTS,
  MODEL_BASES,
  RESPONSE_MODEL,
  ROUTE_FRAMEWORKS,
  SCHEMA_DECORATOR_METHODS,
  SCHEMA_DECORATORS,
  type RouteFramework,
} from './api-knowledge.js';
import { BENTOML, FASTAPI, FLASK } from '../../knowledge/shared-tools.js';
import type { ApiDescription, UntypedEndpoint } from './model.js';

export interface RouteFindings {
  readonly typed: readonly ApiDescription[];
  readonly untyped: readonly UntypedEndpoint[];
}

type Lines = Pick<RepoIndex, 'lines'>;

/**
 * Python route handlers (FastAPI, Flask) and BentoML APIs, each judged typed or untyped: a FastAPI
 * handler taking or returning a pydantic model or declaring `response_model=`, a Flask route with a
 * schema decorator, a BentoML API with annotations or IO descriptors.
 */
export async function pythonRoutes(code: CodeFacts, files: Lines): Promise<RouteFindings> {
  const roots = [...new Set([...ROUTE_FRAMEWORKS.flatMap((f) => f.imports), 'bentoml'])];
  const modules = (await code.modulesMentioning(roots)).filter((m) => m.language === 'python' && !isTestFile(m.file));
  if (modules.length === 0) return { typed: [], untyped: [] };
  const models = await requestModels(code, modules);
  const sources = code.sources.map((s) => s.file);
  const typed: ApiDescription[] = [];
  const untyped: UntypedEndpoint[] = [];
  for (const module of modules) {
    for (const decorator of module.decorators) {
      const handler = handlerOf(module, decorator);
      if (!handler) continue;
      const text = decoratorText(files, module.file, decorator, handler);
      const bento = bentoJudgement(decorator, handler, text);
      if (bento) {
        if (bento.typed) typed.push({ kind: 'signature', file: module.file, line: decorator.line, note: `BentoML API ${handler.name}: ${bento.how}`, confidence: 'high' });
        else untyped.push({ file: module.file, line: decorator.line, note: `BentoML API ${handler.name} without typed input/output`, framework: BENTOML });
        continue;
      }
      const framework = routeFramework(module, decorator, sources);
      // A health or readiness probe has no request and a trivial answer: nothing to document.
      if (!framework || HEALTH_ROUTE.test(decorator.snippet)) continue;
      const types = modelsIn(handler, models);
      const reasons = [
        ...(types.length > 0 ? [`takes/returns ${types.join(', ')}`] : []),
        ...(framework.id === FASTAPI.id && RESPONSE_MODEL.test(text) ? ['declares response_model'] : []),
        ...(framework.id === FLASK.id ? schemaDecorators(module, decorator, handler) : []),
      ];
      if (reasons.length > 0) {
        typed.push({ kind: 'typed-models', file: module.file, line: decorator.line, note: `${framework.name} route ${decorator.snippet} ${reasons.join('; ')}`, confidence: 'high' });
      } else {
        untyped.push({ file: module.file, line: decorator.line, note: `${framework.name} route ${decorator.snippet} (${handler.name}) has no request/response model`, framework });
      }
    }
  }
  return { typed, untyped: untyped.filter((u) => !typed.some((t) => t.file === u.file && t.line === u.line)) };
}

/** The function a route decorator decorates (the first definition of its target after it). */
function handlerOf(module: SourceModule, decorator: CodeDecorator): CodeDefinition | null {
  if (!decorator.target) return null;
  const method = decorator.callee.slice(decorator.callee.lastIndexOf('.') + 1);
  if (!ROUTE_METHODS.includes(method) && method !== 'api') return null;
  const handler = module.definitions
    .filter((d) => d.kind !== 'class' && d.name === decorator.target && d.line > decorator.line)
    .sort((a, b) => a.line - b.line)[0];
  return handler ?? null;
}

/** The decorator's full text, up to the handler's `def` (decorators can span lines). */
function decoratorText(files: Lines, file: string, decorator: CodeDecorator, handler: CodeDefinition): string {
  return files.lines(file).slice(decorator.line - 1, Math.max(decorator.line, handler.line - 1)).join('\n');
}

function bentoJudgement(decorator: CodeDecorator, handler: CodeDefinition, text: string): { typed: boolean; how: string } | null {
  if (decorator.callee === BENTOML_API) {
    return { typed: (handler.annotations ?? []).length > 0, how: `annotated ${(handler.annotations ?? []).join(', ')}` };
  }
  if (decorator.instanceOf && BENTOML_SERVICE.test(decorator.instanceOf) && decorator.callee.endsWith('.api')) {
    return { typed: BENTOML_IO.test(text), how: 'input/output IO descriptors' };
  }
  return null;
}

/**
 * The web framework of a route decorator: from the class its receiver was made from, else from the
 * module's imports when the receiver is local or a project object (`from app import app` in views.py).
 */
function routeFramework(module: SourceModule, decorator: CodeDecorator, sources: readonly string[]): RouteFramework | null {
  const parts = decorator.callee.split('.');
  if (parts.length < 2 || !ROUTE_METHODS.includes(parts[parts.length - 1] ?? '')) return null;
  if (decorator.instanceOf) return ROUTE_FRAMEWORKS.find((f) => f.classes.test(decorator.instanceOf ?? '')) ?? null;
  const receiver = module.imports.find((i) => decorator.callee.startsWith(`${i.imported ? `${i.module}.${i.imported}` : i.module}.`));
  if (receiver && linksTo(receiver, sources).length === 0) return null;
  return ROUTE_FRAMEWORKS.find((f) => importsAny(module, f.imports)) ?? null;
}

/** Request/response model classes the handler's annotations name. */
function modelsIn(handler: CodeDefinition, models: ReadonlySet<string>): string[] {
  const names = (handler.annotations ?? []).flatMap((a) => a.match(/[A-Za-z_][\w.]*/g) ?? []).map((n) => n.slice(n.lastIndexOf('.') + 1));
  return [...new Set(names.filter((n) => models.has(n)))];
}

/** Schema decorators on the same handler (flask-pydantic, flasgger, SpecTree, flask-smorest, APIFlask). */
function schemaDecorators(module: SourceModule, route: CodeDecorator, handler: CodeDefinition): string[] {
  return module.decorators
    .filter((d) => d !== route && d.target === handler.name && d.line < handler.line && d.line >= route.line - 10)
    .filter((d) => {
      if (SCHEMA_DECORATORS.includes(d.callee)) return true;
      const method = d.callee.slice(d.callee.lastIndexOf('.') + 1);
      return SCHEMA_DECORATOR_METHODS.some((s) => d.instanceOf !== undefined && s.instanceOf.test(d.instanceOf) && s.methods.includes(method));
    })
    .map((d) => `schema by ${d.snippet}`);
}

/**
 * Names of the project's request/response model classes: subclasses of pydantic's BaseModel (and
 * SQLModel, msgspec, marshmallow), directly or through another such class of the project.
 */
async function requestModels(code: CodeFacts, routeModules: readonly SourceModule[]): Promise<Set<string>> {
  const withBases = [...(await code.modulesMentioning(MODEL_BASE_IMPORTS)), ...routeModules];
  const classes = withBases.flatMap((m) => m.definitions.filter((d) => d.kind === 'class' && d.bases !== undefined));
  const models = new Set<string>();
  for (let grew = true; grew; ) {
    grew = false;
    for (const c of classes) {
      if (models.has(c.name)) continue;
      if ((c.bases ?? []).some((b) => MODEL_BASES.includes(b) || models.has(b.slice(b.lastIndexOf('.') + 1)))) {
        models.add(c.name);
        grew = true;
      }
    }
  }
  return models;
}

/** MLflow model signatures (logged with the model, enforced when it is served). */
export async function mlflowSignatures(code: CodeFacts): Promise<ApiDescription[]> {
  const sites = [
    ...(await callSites(code, { imports: ['mlflow'], calls: [...MLFLOW_SIGNATURE_CALLS] })),
    ...(await callSites(code, { imports: ['mlflow'], calls: ['mlflow.*.log_model'], where: (c) => c.keywords.includes('signature') })),
  ];
  const seen = new Set<string>();
  return sites
    .filter((s) => !isTestFile(s.file) && !seen.has(s.file) && (seen.add(s.file), true))
    .map((s) => ({ kind: 'signature', file: s.file, line: s.call.line, note: `MLflow model signature: ${s.call.snippet}`, confidence: 'medium' }));
}
