import type { Node, Parser, Tree } from 'web-tree-sitter';
import type { CodeAnalysis, CodeCall, CodeDecorator, CodeDefinition, CodeImport } from './model.js';
import { firstLine } from './snippet.js';

/** Parses Python source with tree-sitter and extracts imports, calls, decorators and definitions. */
export function analysePython(parser: Parser, source: string): CodeAnalysis {
  const tree = parser.parse(source);
  if (!tree) return { imports: [], calls: [], decorators: [], definitions: [] };
  try {
    return analyseTree(tree, source);
  } finally {
    // The tree lives in wasm memory, which the garbage collector does not see.
    tree.delete();
  }
}

type Scope = 'class' | 'function';

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

  constructor(private readonly source: string) {}

  snippet(node: Node): string {
    return firstLine(this.source, node.startIndex, node.endIndex);
  }

  bindImport(local: string, qualified: string): void {
    if (!this.importBindings.has(local)) this.importBindings.set(local, qualified);
  }
}

function analyseTree(tree: Tree, source: string): CodeAnalysis {
  const collector = new Collector(source);
  const cursor = tree.walk();
  const scopes: { depth: number; scope: Scope }[] = [];
  let depth = 0;
  try {
    for (;;) {
      const descend = visit(cursor.nodeType, () => cursor.currentNode, collector, scopes.at(-1)?.scope ?? null);
      if (descend.scope) scopes.push({ depth, scope: descend.scope });
      if (descend.into && cursor.gotoFirstChild()) {
        depth++;
        continue;
      }
      let moved = false;
      while (!moved) {
        while (scopes.length > 0 && (scopes.at(-1)?.depth ?? -1) >= depth) scopes.pop();
        if (cursor.gotoNextSibling()) moved = true;
        else if (cursor.gotoParent()) depth--;
        else return resolve(collector);
      }
    }
  } finally {
    cursor.delete();
  }
}

interface Descend {
  readonly into: boolean;
  readonly scope?: Scope;
}

const INTO: Descend = { into: true };
// Leaves and literals hold no calls; skipping them saves most of the walk.
const SKIPPED_TYPES: ReadonlySet<string> = new Set(['string', 'comment', 'identifier', 'integer', 'float', 'true', 'false', 'none']);

/** Handles one node; `current` materialises the node only for the few types that matter. */
function visit(type: string, current: () => Node, collector: Collector, scope: Scope | null): Descend {
  switch (type) {
    case 'import_statement':
      collectImport(current(), collector);
      return { into: false };
    case 'import_from_statement':
      collectFromImport(current(), collector);
      return { into: false };
    case 'call':
      collectCall(current(), collector);
      return INTO;
    case 'decorator':
      collectDecorator(current(), collector);
      return INTO;
    case 'assignment':
      collectAssignment(current(), collector);
      return INTO;
    case 'class_definition':
    case 'function_definition': {
      const node = current();
      if (scope !== 'function') collectDefinition(node, type === 'class_definition' ? 'class' : scope === 'class' ? 'method' : 'function', collector);
      return { into: true, scope: type === 'class_definition' ? 'class' : 'function' };
    }
    default:
      return SKIPPED_TYPES.has(type) ? { into: false } : INTO;
  }
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

function collectCall(node: Node, collector: Collector): void {
  if (collector.decoratorCalls.has(node.startIndex)) return;
  const written = dottedName(node.childForFieldName('function'));
  if (!written) return;
  const keywords: string[] = [];
  for (const argument of node.childForFieldName('arguments')?.namedChildren ?? []) {
    if (argument?.type !== 'keyword_argument') continue;
    const name = argument.childForFieldName('name')?.text;
    if (name) keywords.push(name);
  }
  collector.calls.push({ written, line: line(node), snippet: collector.snippet(node), keywords });
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
  collector.definitions.push({ kind, name, line: line(node), hasDocstring, isPublic: !name.startsWith('_') });
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
  return { imports: collector.imports, calls, decorators, definitions: collector.definitions };
}
