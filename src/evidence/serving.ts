import type { SourceModule } from '../collect/code/model.js';
import type { Facts } from './facts.js';
import type { ToolUsage } from './find-usage.js';
import { HEALTH_HANDLER, HEALTH_ROUTE } from '../knowledge/monitoring.js';
import {
  ENDPOINT_ENTRY_POINTS,
  EXAMPLE_SERVER_FOLDER,
  MODEL_LOADS,
  MODEL_SERVERS,
  PREDICT_METHODS,
  ROUTE_METHODS,
  SERVING_COMMANDS,
  SERVED_MODEL_BASES,
  SERVED_MODEL_ROOTS,
  SERVING_PROBES,
  SERVING_TOOLS,
  WEB_FRAMEWORKS,
} from '../knowledge/serving.js';
import { toolOf } from '../knowledge/tool.js';
import { evidence, type Evidence } from '../model/answer.js';
import { linksTo } from '../collect/code/local-imports.js';
import { repoTexts, type RepoTexts } from './repo-texts.js';
import { findEvidence } from './usages.js';
import { platformDeployments } from './platform-deploys.js';
import { isTestFile } from '../collect/code/file-kinds.js';

/** A web framework app (or router) in one module, and whether it serves a model. */
export interface WebApp {
  readonly file: string;
  readonly framework: string;
  readonly construction: Evidence;
  readonly routes: readonly Evidence[];
  readonly healthRoutes: readonly Evidence[];
  /** The model load or predict call that makes it a model server; null for a CRUD app or docs site. */
  readonly model: Evidence | null;
}

export interface ServingAnalysis {
  /** Model servers, managed online endpoints, serving manifests and commands. */
  readonly servers: readonly ToolUsage[];
  readonly webApps: readonly WebApp[];
  /** Web apps with routes that load a model or call predict. */
  readonly modelApps: readonly WebApp[];
  /**
   * Model wrappers and endpoint inference scripts held here (a pyfunc `PythonModel`, SageMaker
   * `model_fn`/`predict_fn`): the code a server or managed endpoint runs. Empty without real-time serving.
   */
  readonly servedModels: readonly Evidence[];
  /** Source files of the serving code in this repository (model apps, model-server code, served model wrappers). */
  readonly servingFiles: ReadonlySet<string>;
  /** True when the repository holds the serving code itself, not only a deployment of it. */
  readonly selfHosted: boolean;
  /** Why the project counts as real-time serving; empty when it does not. */
  readonly evidence: readonly Evidence[];
  /**
   * Whose serving `evidence` shows: the project's own, or only an example server it ships (a demo API
   * in examples/, utils/, demo/), which the serving criteria answer on with medium confidence.
   */
  readonly scope: ServingScope;
}

export type ServingScope = 'project' | 'example';

/** How the project serves predictions online, computed once per scan (profile and rules share it). */
export function servingAnalysis(facts: Facts): Promise<ServingAnalysis> {
  return facts.derive(analyse);
}

async function analyse(facts: Facts): Promise<ServingAnalysis> {
  const [found, deployed, frameworks, loads, code, texts] = await Promise.all([
    findEvidence(facts, MODEL_SERVERS, [...SERVING_PROBES, ...SERVING_COMMANDS]),
    platformDeployments(facts, 'realtime'),
    findEvidence(facts, WEB_FRAMEWORKS),
    findEvidence(facts, MODEL_LOADS),
    facts.code(),
    repoTexts(facts),
  ]);
  const servers = { usages: [...found.usages, ...deployed] };
  const modules = await code.modulesMentioning([...new Set(WEB_FRAMEWORKS.flatMap((s) => s.imports))]);
  const byFile = new Map(modules.map((m) => [m.file, m]));
  const loadFiles = new Set(loads.usages.map((u) => u.file));
  const sources = code.sources.map((s) => s.file);
  const appsOf = (constructions: readonly ToolUsage[]): WebApp[] =>
    firstPerFile(constructions).flatMap((construction) => {
      const module = byFile.get(construction.file);
      if (!module) return [];
      const routes = routesOf(module);
      const health = healthRouteLines(module, texts);
      // Django views and gRPC servers register no routes: their construction is the handler.
      const handlers = toolOf(SERVING_TOOLS, construction)?.constructionIsHandler === true ? [plain(construction)] : routes;
      if (handlers.length === 0) return [];
      return [
        {
          file: module.file,
          framework: construction.tool,
          construction: plain(construction),
          routes: handlers,
          healthRoutes: routes.filter((r) => r.line !== null && health.has(r.line)),
          model: modelUse(module, [...loads.usages, ...loads.illustrative], loadFiles, sources),
        },
      ];
    });
  const webApps = appsOf(frameworks.usages);
  webApps.push(...(await lambdaApps(code, texts, (module) => modelUse(module, loads.usages, loadFiles, sources))));
  const ownModelApps = webApps.filter((app) => app.model !== null);
  const codeServers = servers.usages.filter((u) => u.via !== 'config' && u.capability === 'model-server');
  // Only example servers (utils/flask_rest_api, examples/serve.py): serving of that example, not of the project.
  const example = servers.usages.length === 0 && ownModelApps.every((app) => EXAMPLE_SERVER_FOLDER.test(app.file));
  const modelApps = ownModelApps.length > 0 || !example ? ownModelApps : appsOf(frameworks.illustrative).filter((app) => app.model !== null);
  const proof = [
    ...servers.usages.map(plain),
    ...modelApps.flatMap((app) => [
      evidence(app.file, app.construction.line, `${app.framework} app with ${app.routes.length} route(s)${example ? ' (an example server the repository ships)' : ''}`),
      ...(app.model ? [app.model] : []),
    ]),
  ];
  const servedModels = proof.length > 0 ? servedModelCode(await code.modulesMentioning([...SERVED_MODEL_ROOTS, ...ENTRY_POINT_NAMES])) : [];
  const servingFiles = new Set([...modelApps.map((a) => a.file), ...codeServers.map((u) => u.file), ...servedModels.map((e) => e.file)]);
  return {
    servers: servers.usages,
    webApps,
    modelApps,
    servedModels,
    servingFiles,
    selfHosted: servingFiles.size > 0,
    evidence: proof,
    scope: example && proof.length > 0 ? 'example' : 'project',
  };
}

/** An AWS Lambda handler: `def lambda_handler(event, context)` (any name taking `event, context`). */
const LAMBDA_HANDLER = /^(async\s+)?def\s+(\w+)\s*\(\s*event\b[^,)]*,\s*context\b/m;

/**
 * AWS Lambda functions that answer requests with a model: a handler taking `(event, context)` in a
 * module that loads a model or calls predict. Each invocation is a request, as a route is for a web app.
 */
async function lambdaApps(
  code: Awaited<ReturnType<Facts['code']>>,
  texts: RepoTexts,
  modelOf: (module: SourceModule) => Evidence | null,
): Promise<WebApp[]> {
  const apps: WebApp[] = [];
  for (const module of await code.modulesMentioning(['event, context', 'event,context'])) {
    if (module.language !== 'python' || isTestFile(module.file)) continue;
    const match = LAMBDA_HANDLER.exec(texts.text(module.file) ?? '');
    const handler = match ? module.definitions.find((d) => (d.kind === 'function' || d.kind === 'method') && d.name === match[2]) : undefined;
    const model = handler ? modelOf(module) : null;
    if (!handler || !model) continue;
    const construction = evidence(module.file, handler.line, `AWS Lambda handler ${handler.name}(event, context)`);
    apps.push({ file: module.file, framework: 'AWS Lambda', construction, routes: [construction], healthRoutes: [], model });
  }
  return apps;
}

const IMPORTED_MODEL = /^imports (\S+), which loads a model/;

/** The project module an app imports to load its model (`modelUse` names it), or null. */
export function modelModuleOf(app: WebApp): string | null {
  return (app.model ? IMPORTED_MODEL.exec(app.model.note)?.[1] : undefined) ?? null;
}

const ENTRY_POINT_NAMES = [...new Set(ENDPOINT_ENTRY_POINTS.flatMap((e) => e.functions.map((f) => `def ${f}`)))];

/** Classes extending a served model base, and files defining an endpoint's entry points (not tests). */
function servedModelCode(modules: readonly SourceModule[]): Evidence[] {
  const found: Evidence[] = [];
  for (const module of modules) {
    if (isTestFile(module.file)) continue;
    const wrapper = module.definitions.find((d) => d.kind === 'class' && (d.bases ?? []).some((b) => SERVED_MODEL_BASES.includes(b)));
    if (wrapper) {
      found.push(evidence(module.file, wrapper.line, `served model ${wrapper.name} (${(wrapper.bases ?? []).join(', ')})`));
      continue;
    }
    const functions = new Map(module.definitions.filter((d) => d.kind === 'function').map((d) => [d.name, d.line]));
    const entry = ENDPOINT_ENTRY_POINTS.find((e) => (e.file?.test(module.file) ?? true) && e.functions.every((f) => functions.has(f)));
    if (entry) found.push(evidence(module.file, functions.get(entry.functions[0] ?? '') ?? null, `endpoint inference script (${entry.functions.join(', ')})`));
  }
  return found;
}

/**
 * Lines of health routes: the path says health/ready/live/ping, or the handler's name or docstring does
 * (`@app.get("/")` on `def _index(self)` documented "Health check.").
 */
function healthRouteLines(module: SourceModule, texts: RepoTexts): Set<number> {
  const lines = texts.text(module.file)?.split(/\r?\n/) ?? [];
  const found = new Set<number>();
  for (const decorator of module.decorators) {
    const handler = module.definitions.filter((d) => d.name === decorator.target && d.line >= decorator.line).sort((a, b) => a.line - b.line)[0];
    const says = (text: string): boolean => HEALTH_HANDLER.test(text);
    if (HEALTH_ROUTE.test(decorator.snippet) || (handler && (says(handler.name) || (handler.hasDocstring && says(docstringOf(lines, handler.line)))))) {
      found.add(decorator.line);
    }
  }
  for (const call of module.calls) if (HEALTH_ROUTE.test(call.snippet)) found.add(call.line);
  return found;
}

/** The first line of the docstring of the definition starting at `line` (1-based); '' when none is near. */
function docstringOf(lines: readonly string[], line: number): string {
  const head = lines.slice(line - 1, line + 8).join('\n');
  return /:\s*\n\s*[rRuU]?("""|''')\s*([^\n]*)/.exec(head)?.[2] ?? '';
}

/** `@app.post(...)` decorators and `app.post('/x', ...)` calls on a local (non-imported) receiver. */
function routesOf(module: SourceModule): Evidence[] {
  const imported = new Set(module.imports.map((i) => i.local));
  const isRoute = (callee: string): boolean => {
    const parts = callee.split('.');
    const method = parts[parts.length - 1] ?? '';
    return parts.length >= 2 && ROUTE_METHODS.includes(method) && !imported.has(parts[0] ?? '') && !callee.includes('/');
  };
  return [
    ...module.decorators.filter((d) => isRoute(d.callee)).map((d) => evidence(module.file, d.line, d.snippet)),
    ...(module.language === 'javascript' || module.language === 'typescript'
      ? module.calls.filter((c) => isRoute(c.written ?? c.callee) && /\(\s*["'`]\//.test(c.snippet)).map((c) => evidence(module.file, c.line, c.snippet))
      : []),
  ];
}

/** A model load in the module, a predict call, or an import of a project module that loads a model. */
function modelUse(module: SourceModule, loads: readonly ToolUsage[], loadFiles: ReadonlySet<string>, sources: readonly string[]): Evidence | null {
  const load = loads.find((u) => u.file === module.file);
  if (load) return plain(load);
  const predict = module.calls.find((c) => {
    const parts = (c.written ?? c.callee).split('.');
    return parts.length >= 2 && PREDICT_METHODS.includes(parts[parts.length - 1] ?? '');
  });
  if (predict) return evidence(module.file, predict.line, `model call: ${predict.snippet}`);
  for (const imp of module.imports) {
    const target = linksTo(imp, sources, module.file).find((file) => loadFiles.has(file) && !isTestFile(file));
    if (target) return evidence(module.file, imp.line, `imports ${target}, which loads a model`);
  }
  return null;
}

function firstPerFile(usages: readonly ToolUsage[]): ToolUsage[] {
  const seen = new Set<string>();
  return usages.filter((u) => (seen.has(u.file) ? false : (seen.add(u.file), true)));
}

function plain(e: Evidence): Evidence {
  return evidence(e.file, e.line, e.note);
}
