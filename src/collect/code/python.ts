import { Query, type Node, type Parser, type Tree } from 'web-tree-sitter';
import type { CodeAnalysis, CodeCall, CodeDecorator, CodeDefinition, CodeImport } from './model.js';
import { firstLine } from './snippet.js';

/** Parses Python source with tree-sitter and extracts imports, calls, decorators and definitions. */
export function analysePython(parser: Parser, source: string): CodeAnalysis {
  const tree = parser.parse(source);
  if (!tree) return { imports: [], calls: [], decorators: [], definitions: [] };
  try {
    return analyseTree(tree, queryFor(parser), source);
  } finally {
    // The tree lives in wasm memory, which the garbage collector does not see.
    tree.delete();
  }
}

interface RawCall {
  readonly written: string;
  readonly line: number;
  readonly snippet: string;
  readonly keywords: readonly string[];
}

interface RawDecorator {
  readonly written: string;
  readonly line: number;
  readonly snippet: string;
  readonly target: string | null;
}

/** What one walk of the tree collects; names are resolved once the whole file is seen. */
class Collector {
  readonly imports: CodeImport[] = [];
  /** Local name → the dotted path it stands for, from imports (the first import of a name wins). */
  readonly importBindings = new Map<string, string>();
  readonly calls: RawCall[] = [];
  readonly decorators: RawDecorator[] = [];
  readonly definitions: CodeDefinition[] = [];
  /** `x = Callee(...)`: target → written callee; `assignedTimes` tells whether the target is reassigned. */
  readonly constructed = new Map<string, string>();
  readonly assignedTimes = new Map<string, number>();
  /** Start offsets of the call nodes that are decorator expressions (reported as decorators only). */
  readonly decoratorCalls = new Set<number>();

  constructor(readonly source: string) {}

  snippet(node: Node): string {
    return firstLine(this.source, node.startIndex, node.endIndex);
  }

  bindImport(local: string, qualified: string): void {
    if (!this.importBindings.has(local)) this.importBindings.set(local, qualified);
  }
}

/**
 * The node types we extract, found by a tree-sitter query: the query runs inside the wasm module, which
 * is about four times faster than visiting every node from JavaScript.
 */
const QUERY_SOURCE = `
(import_statement) @import
(import_from_statement) @from
(call function: (_) @callee arguments: (_) @arguments) @call
(keyword_argument name: (identifier) @keyword)
(decorator) @decorator
(assignment) @assignment
(function_definition) @function
(class_definition) @class
`;

// Keyed by parser: `tree.language` is a fresh wrapper object on every access.
const queries = new WeakMap<Parser, Query>();

function queryFor(parser: Parser): Query {
  let query = queries.get(parser);
  if (!query && parser.language) queries.set(parser, (query = new Query(parser.language, QUERY_SOURCE)));
  if (!query) throw new Error('Python parser has no language');
  return query;
}

function analyseTree(tree: Tree, query: Query, source: string): CodeAnalysis {
  const collector = new Collector(source);
  const matches = query.matches(tree.rootNode);
  // First the decorators (their own call is reported as the decorator only) and the keyword names by
  // the argument list they are in; then everything else, in document order.
  const keywords = new Map<number, string[]>();
  for (const { captures } of matches) {
    const [first] = captures;
    if (first?.name === 'decorator') collectDecorator(first.node, collector);
    else if (first?.name === 'keyword') {
      const list = first.node.parent?.parent?.startIndex ?? -1;
      const names = keywords.get(list);
      if (names) names.push(first.node.text);
      else keywords.set(list, [first.node.text]);
    }
  }
  for (const { captures } of matches) {
    const [first] = captures;
    if (!first) continue;
    switch (first.name) {
      case 'import':
        collectImport(first.node, collector);
        break;
      case 'from':
        collectFromImport(first.node, collector);
        break;
      case 'call': {
        const callee = captures.find((c) => c.name === 'callee')?.node ?? null;
        const args = captures.find((c) => c.name === 'arguments')?.node ?? null;
        collectCall(first.node, callee, keywords.get(args?.startIndex ?? -1) ?? [], collector);
        break;
      }
      case 'assignment':
        collectAssignment(first.node, collector);
        break;
      case 'function':
      case 'class': {
        const kind = definitionKind(first.node);
        if (kind) collectDefinition(first.node, kind, collector);
        break;
      }
    }
  }
  return resolve(collector);
}

/** class → 'class'; def in a class body → 'method'; def at module level → 'function'; nested in a def → null. */
function definitionKind(node: Node): CodeDefinition['kind'] | null {
  let inClass = false;
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.type === 'function_definition') return null;
    if (parent.type === 'class_definition') inClass = true;
  }
  if (node.type === 'class_definition') return 'class';
  return inClass ? 'method' : 'function';
}

function line(node: Node): number {
  return node.startPosition.row + 1;
}

function collectImport(node: Node, collector: Collector): void {
  for (const name of node.childrenForFieldName('name')) {
    if (!name) continue;
    if (name.type === 'aliased_import') {
      const module = name.childForFieldName('name')?.text;
      const alias = name.childForFieldName('alias')?.text;
      if (!module || !alias) continue;
      collector.imports.push({ module, imported: null, local: alias, line: line(node) });
      collector.bindImport(alias, module);
    } else {
      // `import a.b` binds `a`, through which `a.b.f()` is written out in full.
      const module = name.text;
      const root = module.split('.')[0] ?? module;
      collector.imports.push({ module, imported: null, local: root, line: line(node) });
      collector.bindImport(root, root);
    }
  }
}

function collectFromImport(node: Node, collector: Collector): void {
  const module = node.childForFieldName('module_name')?.text;
  if (!module) return;
  if (node.namedChildren.some((child) => child?.type === 'wildcard_import')) {
    collector.imports.push({ module, imported: '*', local: '*', line: line(node) });
    return;
  }
  for (const name of node.childrenForFieldName('name')) {
    if (!name) continue;
    const aliased = name.type === 'aliased_import';
    const imported = (aliased ? name.childForFieldName('name')?.text : name.text) ?? null;
    const local = (aliased ? name.childForFieldName('alias')?.text : imported) ?? null;
    if (!imported || !local) continue;
    collector.imports.push({ module, imported, local, line: line(node) });
    collector.bindImport(local, module.endsWith('.') ? `${module}${imported}` : `${module}.${imported}`);
  }
}

/**
 * The dotted name of a callee as written: `a.b.c`; a call inside the chain contributes its own callee
 * (`MlflowClient().log_param` → `MlflowClient.log_param`); anything else (subscripts, literals) → null.
 */
function dottedName(node: Node | null): string | null {
  if (!node) return null;
  switch (node.type) {
    case 'identifier':
      return node.text;
    case 'attribute': {
      const object = dottedName(node.childForFieldName('object'));
      const attribute = node.childForFieldName('attribute')?.text;
      return object && attribute ? `${object}.${attribute}` : null;
    }
    case 'call':
      return dottedName(node.childForFieldName('function'));
    default:
      return null;
  }
}

function collectCall(node: Node, callee: Node | null, keywords: readonly string[], collector: Collector): void {
  if (!callee || collector.decoratorCalls.has(node.startIndex)) return;
  const written = dottedText(callee, collector.source) ?? dottedName(callee);
  if (!written) return;
  collector.calls.push({ written, line: line(node), snippet: collector.snippet(node), keywords });
}

const PLAIN_DOTTED = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/;

/** Fast path: most callees are written `a.b.c` exactly, and reading the text avoids walking the nodes. */
function dottedText(node: Node, source: string): string | null {
  const text = source.slice(node.startIndex, node.endIndex);
  return PLAIN_DOTTED.test(text) ? text : null;
}

function collectDecorator(node: Node, collector: Collector): void {
  const expression = node.namedChildren[0] ?? null;
  if (!expression) return;
  if (expression.type === 'call') collector.decoratorCalls.add(expression.startIndex);
  const written = dottedName(expression.type === 'call' ? expression.childForFieldName('function') : expression);
  if (!written) return;
  const definition = node.parent?.childForFieldName('definition') ?? null;
  const target = definition?.childForFieldName('name')?.text ?? null;
  collector.decorators.push({ written, line: line(node), snippet: collector.snippet(node), target });
}

function collectAssignment(node: Node, collector: Collector): void {
  const left = node.childForFieldName('left');
  const target = left && (left.type === 'identifier' || left.type === 'attribute') ? dottedName(left) : null;
  if (!target) return;
  collector.assignedTimes.set(target, (collector.assignedTimes.get(target) ?? 0) + 1);
  const right = node.childForFieldName('right');
  const callee = right?.type === 'call' ? dottedName(right.childForFieldName('function')) : null;
  if (callee) collector.constructed.set(target, callee);
}

function collectDefinition(node: Node, kind: CodeDefinition['kind'], collector: Collector): void {
  const name = node.childForFieldName('name')?.text;
  if (!name) return;
  const first = node.childForFieldName('body')?.namedChildren[0] ?? null;
  const firstExpression = first?.type === 'expression_statement' ? first.namedChildren[0] : null;
  const hasDocstring = firstExpression?.type === 'string' || firstExpression?.type === 'concatenated_string';
  const definition: CodeDefinition = { kind, name, line: line(node), hasDocstring, isPublic: !name.startsWith('_') };
  const typing = kind === 'class' ? { bases: classBases(node) } : { annotations: annotationsOf(node) };
  // Only non-empty lists are attached, so a definition without them looks as it always did.
  const extras = Object.fromEntries(Object.entries(typing).filter(([, list]) => list.length > 0));
  collector.definitions.push({ ...definition, ...extras });
}

/** `class A(B, pkg.C, metaclass=M)` → ['B', 'pkg.C'] as written (resolved later); keyword arguments left out. */
function classBases(node: Node): string[] {
  const superclasses = node.childForFieldName('superclasses')?.namedChildren ?? [];
  return superclasses.map((base) => (base && base.type !== 'keyword_argument' ? dottedName(base) : null)).filter((b): b is string => b !== null);
}

/** The texts of the parameter annotations and the return annotation of a function definition. */
function annotationsOf(node: Node): string[] {
  const annotations: string[] = [];
  for (const parameter of node.childForFieldName('parameters')?.namedChildren ?? []) {
    const type = parameter?.childForFieldName('type');
    if (type) annotations.push(type.text);
  }
  const returns = node.childForFieldName('return_type');
  if (returns) annotations.push(returns.text);
  return annotations;
}

/**
 * Resolves written names: the first segment through the imports (`mf.log_param` → `mlflow.log_param`),
 * and, for calls, a receiver assigned exactly once in the file from an imported class
 * (`client = MlflowClient()` then `client.log_param()` → `mlflow.MlflowClient.log_param`). The file is
 * one scope: cheap, and right for the way scripts and modules are usually written.
 */
function resolve(collector: Collector): CodeAnalysis {
  const resolveImported = (written: string): string => {
    const dot = written.indexOf('.');
    const head = dot < 0 ? written : written.slice(0, dot);
    const bound = collector.importBindings.get(head);
    return bound === undefined ? written : bound + written.slice(head.length);
  };
  const instances = new Map<string, string>();
  for (const [target, callee] of collector.constructed) {
    if (collector.assignedTimes.get(target) !== 1 || collector.importBindings.has(target)) continue;
    const resolved = resolveImported(callee);
    const last = resolved.slice(resolved.lastIndexOf('.') + 1);
    // Only an imported class (capitalised, by convention) makes an instance whose methods we can name.
    if (resolved !== callee && /^[A-Z]/.test(last)) instances.set(target, resolved);
  }
  const instanceOf = (written: string): { receiver: string; type: string } | null => {
    for (let end = written.lastIndexOf('.'); end > 0; end = written.lastIndexOf('.', end - 1)) {
      const type = instances.get(written.slice(0, end));
      if (type) return { receiver: written.slice(0, end), type };
    }
    return null;
  };
  const calls: CodeCall[] = collector.calls.map((call) => {
    const instance = instanceOf(call.written);
    const callee = instance ? instance.type + call.written.slice(instance.receiver.length) : resolveImported(call.written);
    return { callee, line: call.line, snippet: call.snippet, keywords: call.keywords, written: call.written };
  });
  const decorators: CodeDecorator[] = collector.decorators.map((decorator) => {
    const instance = instanceOf(decorator.written);
    const resolved: CodeDecorator = {
      callee: resolveImported(decorator.written),
      line: decorator.line,
      snippet: decorator.snippet,
      target: decorator.target,
    };
    return instance ? { ...resolved, instanceOf: instance.type } : resolved;
  });
  const definitions = collector.definitions.map((definition) =>
    definition.bases ? { ...definition, bases: definition.bases.map(resolveImported) } : definition,
  );
  return { imports: collector.imports, calls, decorators, definitions };
}
