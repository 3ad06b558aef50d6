import path from 'node:path';
import type { Node } from 'yaml';
import type { ParsedFiles } from '../../repo/parsed-files.js';
import type { RepoIndex } from '../../repo/repo-index.js';
import { resources, scalarsUnder, type Resource } from '../../collect/ci/cloudformation-nodes.js';
import { entries, get, lineOf, text, yamlFile, type YamlFile } from '../../collect/ci/yaml-nodes.js';
import { isTemplatedYaml } from '../../collect/iac/templated.js';
import type { GatewayRoute } from './model.js';
import { append } from '../../util/arrays.js';

/**
 * HTTP routes declared for API Gateway in CloudFormation/SAM templates, with how callers authenticate:
 * SAM function events of type Api/HttpApi (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-api.html)
 * and plain AWS::ApiGateway::Method resources. The Lambda handler a SAM route invokes is resolved
 * from CodeUri + Handler when it is Python code of the repository.
 */
const TEMPLATES = ['**/*.{yml,yaml,json,template}'];
const MARKER = /AWS::(Serverless::Function|ApiGateway::Method|ApiGatewayV2::Route)\b/;
const EVENT_TYPES = new Set(['Api', 'HttpApi']);
/** Request-body parsing that gives a Lambda handler a typed request (pydantic, Powertools parser). */
const TYPED_LAMBDA = /\b(BaseModel|event_parser|parse\(\s*event|model_validate(_json)?|parse_obj|parse_raw|TypedDict)\b/;

export function gatewayRoutes(index: RepoIndex, parsed: ParsedFiles): GatewayRoute[] {
  const routes: GatewayRoute[] = [];
  for (const file of index.matching(TEMPLATES)) {
    const source = index.text(file);
    if (source === null || !MARKER.test(source) || isTemplatedYaml(source)) continue;
    const y = yamlFile(parsed, file);
    if (!y) continue;
    const all = resources(y);
    append(routes, samRoutes(index, y, all));
    append(routes, methodRoutes(y, all));
  }
  return routes;
}

function samRoutes(index: RepoIndex, y: YamlFile, all: readonly Resource[]): GatewayRoute[] {
  const globalAuth = authOf(y, get(y, get(y, get(y, y.doc.contents, 'Globals'), 'Api'), 'Auth'), 'DefaultAuthorizer');
  return all
    .filter((r) => r.type === 'AWS::Serverless::Function')
    .flatMap((fn) => {
      const properties = get(y, fn.node, 'Properties');
      const handler = handlerOf(index, y, properties);
      return entries(y, get(y, properties, 'Events')).flatMap((event): GatewayRoute[] => {
        const type = text(y, get(y, event.value, 'Type')) ?? '';
        if (!EVENT_TYPES.has(type)) return [];
        const props = get(y, event.value, 'Properties');
        // The referred ids are read once, not once per resource of the template.
        const referred = new Set(scalarsUnder(y, get(y, props, type === 'Api' ? 'RestApiId' : 'ApiId')).map((v) => v.split('.')[0]));
        const api = all.find((r) => /^AWS::Serverless::(Api|HttpApi)$/.test(r.type) && referred.has(r.id));
        const apiAuth = api ? authOf(y, get(y, get(y, api.node, 'Properties'), 'Auth'), 'DefaultAuthorizer') : null;
        const own = authOf(y, get(y, props, 'Auth'), 'Authorizer');
        const auth = own === 'none' ? null : (own ?? apiAuth ?? (api ? null : globalAuth));
        const method = (text(y, get(y, props, 'Method')) ?? 'any').toUpperCase();
        return [{
          file: y.file,
          line: lineOf(y, event.keyNode) ?? lineOf(y, fn.keyNode),
          route: `${method} ${text(y, get(y, props, 'Path')) ?? '/'}`,
          via: `SAM ${type} event of ${fn.id}`,
          auth,
          handler,
        }];
      });
    });
}

function methodRoutes(y: YamlFile, all: readonly Resource[]): GatewayRoute[] {
  return all
    .filter((r) => r.type === 'AWS::ApiGateway::Method' || r.type === 'AWS::ApiGatewayV2::Route')
    .map((method) => {
      const properties = get(y, method.node, 'Properties');
      const type = text(y, get(y, properties, 'AuthorizationType')) ?? 'NONE';
      const apiKey = text(y, get(y, properties, 'ApiKeyRequired')) === 'true';
      const auth = type.toUpperCase() !== 'NONE' ? `AuthorizationType ${type}` : apiKey ? 'API key required' : null;
      const route = method.type === 'AWS::ApiGateway::Method' ? `${text(y, get(y, properties, 'HttpMethod')) ?? 'ANY'} (${method.id})` : (text(y, get(y, properties, 'RouteKey')) ?? method.id);
      return { file: y.file, line: lineOf(y, method.keyNode), route, via: method.type, auth, handler: null };
    });
}

/**
 * How an `Auth:` block authenticates callers: a named authorizer, IAM, an API key or a resource policy;
 * `none` when it says NONE explicitly; null when it says nothing.
 */
function authOf(y: YamlFile, auth: Node | null, authorizerKey: string): string | 'none' | null {
  if (!auth) return null;
  const authorizer = text(y, get(y, auth, authorizerKey));
  if (authorizer !== null) return authorizer.toUpperCase() === 'NONE' ? 'none' : `authorizer ${authorizer}`;
  if (text(y, get(y, auth, 'ApiKeyRequired')) === 'true') return 'API key required';
  if (get(y, auth, 'ResourcePolicy')) return 'resource policy';
  if (text(y, get(y, auth, 'InvokeRole')) !== null || text(y, get(y, auth, 'Authorizer')) === 'AWS_IAM') return 'IAM';
  return null;
}

/** The Python handler of a function (`CodeUri: ../api`, `Handler: app.lambda_handler` → api/app.py), when in the repository. */
function handlerOf(index: RepoIndex, y: YamlFile, properties: Node | null): GatewayRoute['handler'] {
  const handler = text(y, get(y, properties, 'Handler'));
  const codeUri = text(y, get(y, properties, 'CodeUri')) ?? '.';
  if (handler === null || /^s3:/.test(codeUri)) return null;
  const dot = handler.lastIndexOf('.');
  if (dot <= 0) return null;
  const module = `${handler.slice(0, dot).replace(/\./g, '/')}.py`;
  const name = handler.slice(dot + 1);
  const candidates = [path.posix.join(path.posix.dirname(y.file), codeUri, module), path.posix.join(codeUri, module)].map((p) => path.posix.normalize(p));
  const file = candidates.find((c) => !c.startsWith('..') && index.has(c));
  if (file === undefined) return null;
  const lines = index.lines(file);
  const at = lines.findIndex((l) => new RegExp(`^\\s*(async\\s+)?def\\s+${name}\\s*\\(`).test(l));
  return { file, line: at === -1 ? null : at + 1, typed: TYPED_LAMBDA.test(index.text(file) ?? '') };
}
