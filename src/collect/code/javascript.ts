import { Project, ts } from 'ts-morph';
import type { CodeAnalysis, CodeCall, CodeDecorator, CodeDefinition, CodeImport } from './model.js';
import { firstLine } from './snippet.js';

/**
 * One in-memory project per thread: syntax only (no type checking, no lib files, nothing resolved from
 * node_modules), so a file costs what the TypeScript scanner and parser cost.
 */
let project: Project | null = null;

function scratchProject(): Project {
  project ??= new Project({
    useInMemoryFileSystem: true,
    skipAddingFilesFromTsConfig: true,
    skipFileDependencyResolution: true,
    skipLoadingLibFiles: true,
    compilerOptions: { allowJs: true, noResolve: true, noLib: true, jsx: ts.JsxEmit.Preserve },
  });
  return project;
}

/**
 * Parses a JS/TS file with ts-morph and extracts:
 * - imports: ESM (`default`, named, `* as` → imported null), `import x = require()`, `require()` with its
 *   destructured names, and dynamic `import()` (local '');
 * - calls and `new` expressions, callees resolved through the imports (`import { Router } from 'express'`
 *   → `express.Router`); an instance made once with `new` of an imported class names its methods
 *   (`const gb = new GrowthBook()` → `@growthbook/growthbook.GrowthBook.isOn`), while a factory's result
 *   keeps its local name (`const app = express(); app.get('/x', auth, h)` → `app.get`, route in the
 *   snippet): Express-style routes and middleware (`app.use(auth)`) are therefore calls. "Keywords" are
 *   the property names of object-literal arguments, the JS counterpart of keyword arguments;
 * - decorators (TypeScript/NestJS `@Post('/x')`), plus Next.js file-based API routes as decorators of
 *   the handler: `app/**\/route.ts` exporting GET/POST/... → `next.route.GET`, and the default export of
 *   `pages/api/**` → `next.route.handler`, with the URL path in the snippet;
 * - definitions: top-level functions (declared or `const f = () =>`), classes and their methods; public
 *   means exported (and, for a method, not private/protected/#/_); hasDocstring means a JSDoc comment.
 */
export function analyseScript(file: string, text: string): CodeAnalysis {
  const host = scratchProject();
  const sourceFile = host.createSourceFile(`/${file}`, text, { overwrite: true });
  try {
    return new ScriptWalk(sourceFile.compilerNode, file).run();
  } finally {
    host.removeSourceFile(sourceFile);
  }
}

const HTTP_METHODS: ReadonlySet<string> = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

interface RawCall extends Omit<CodeCall, 'callee'> {
  readonly written: string;
}

class ScriptWalk {
  private readonly imports: CodeImport[] = [];
  private readonly bindings = new Map<string, string>();
  private readonly calls: RawCall[] = [];
  private readonly decorators: CodeDecorator[] = [];
  private readonly definitions: CodeDefinition[] = [];
  private readonly constructed = new Map<string, string>();
  private readonly assignedTimes = new Map<string, number>();

  constructor(
    private readonly source: ts.SourceFile,
    private readonly file: string,
  ) {}

  run(): CodeAnalysis {
    const visit = (node: ts.Node): void => {
      this.visit(node);
      ts.forEachChild(node, visit);
    };
    visit(this.source);
    for (const statement of this.source.statements) this.collectDefinitions(statement);
    this.collectNextRoutes();
    return { imports: this.imports, calls: this.resolvedCalls(), decorators: this.decorators, definitions: this.definitions };
  }

  private line(node: ts.Node): number {
    return this.source.getLineAndCharacterOfPosition(node.getStart(this.source)).line + 1;
  }

  private snippet(node: ts.Node): string {
    return firstLine(this.source.text, node.getStart(this.source), node.end);
  }

  private addImport(module: string, imported: string | null, local: string, at: ts.Node): void {
    this.imports.push({ module, imported, local, line: this.line(at) });
    if (local === '' || this.bindings.has(local)) return;
    this.bindings.set(local, imported === null || imported === 'default' ? module : `${module}.${imported}`);
  }

  private visit(node: ts.Node): void {
    if (ts.isImportDeclaration(node)) this.collectImport(node);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const target = node.moduleReference.expression;
      if (ts.isStringLiteral(target)) this.addImport(target.text, null, node.name.text, node);
    } else if (ts.isCallExpression(node)) this.collectCall(node);
    else if (ts.isNewExpression(node)) this.collectCall(node);
    else if (ts.isDecorator(node)) this.collectDecorator(node);
    else if (ts.isVariableDeclaration(node)) this.collectVariable(node);
  }

  private collectImport(node: ts.ImportDeclaration): void {
    if (!ts.isStringLiteral(node.moduleSpecifier)) return;
    const module = node.moduleSpecifier.text;
    const clause = node.importClause;
    if (!clause) return this.addImport(module, null, '', node);
    if (clause.name) this.addImport(module, 'default', clause.name.text, node);
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) this.addImport(module, null, bindings.name.text, node);
    else if (bindings) {
      for (const element of bindings.elements) this.addImport(module, (element.propertyName ?? element.name).text, element.name.text, node);
    }
  }

  /** `require('m')` or `import('m')`: the module, when the argument is a plain string. */
  private requiredModule(node: ts.CallExpression): string | null {
    const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
    const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
    const argument = node.arguments[0];
    return (isRequire || isDynamicImport) && argument && ts.isStringLiteralLike(argument) ? argument.text : null;
  }

  private collectCall(node: ts.CallExpression | ts.NewExpression): void {
    if (ts.isCallExpression(node)) {
      const module = this.requiredModule(node);
      if (module !== null) return this.collectRequire(node, module);
    }
    const written = dottedName(node.expression);
    if (!written) return;
    const keywords: string[] = [];
    for (const argument of node.arguments ?? []) {
      if (!ts.isObjectLiteralExpression(argument)) continue;
      for (const property of argument.properties) {
        if (property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) keywords.push(property.name.text);
      }
    }
    this.calls.push({ written, line: this.line(node), snippet: this.snippet(node), keywords });
  }

  private collectRequire(node: ts.CallExpression, module: string): void {
    const parent = node.parent;
    if (parent && ts.isVariableDeclaration(parent) && parent.initializer === node) {
      if (ts.isIdentifier(parent.name)) return this.addImport(module, null, parent.name.text, node);
      if (ts.isObjectBindingPattern(parent.name)) {
        for (const element of parent.name.elements) {
          const imported = element.propertyName ?? element.name;
          if (ts.isIdentifier(element.name) && ts.isIdentifier(imported)) this.addImport(module, imported.text, element.name.text, node);
        }
        return;
      }
    }
    this.addImport(module, null, '', node);
  }

  private collectVariable(node: ts.VariableDeclaration): void {
    if (!ts.isIdentifier(node.name)) return;
    const name = node.name.text;
    this.assignedTimes.set(name, (this.assignedTimes.get(name) ?? 0) + 1);
    const initializer = node.initializer;
    const isConst = (ts.getCombinedNodeFlags(node) & ts.NodeFlags.Const) !== 0;
    if (isConst && initializer && ts.isNewExpression(initializer)) {
      const callee = dottedName(initializer.expression);
      if (callee) this.constructed.set(name, callee);
    }
  }

  private collectDecorator(node: ts.Decorator): void {
    const expression = ts.isCallExpression(node.expression) ? node.expression.expression : node.expression;
    const written = dottedName(expression);
    if (!written) return;
    const target = node.parent && 'name' in node.parent ? nameOf(node.parent.name as ts.Node | undefined) : null;
    this.decorators.push({ callee: this.resolveImported(written), line: this.line(node), snippet: this.snippet(node), target });
  }

  private collectDefinitions(statement: ts.Statement): void {
    const exported = isExported(statement);
    if (ts.isFunctionDeclaration(statement) && statement.name) {
      this.define('function', statement.name.text, statement, exported, hasJsDoc(statement));
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const init = declaration.initializer;
        if (!ts.isIdentifier(declaration.name) || !init || !(ts.isArrowFunction(init) || ts.isFunctionExpression(init))) continue;
        this.define('function', declaration.name.text, statement, exported, hasJsDoc(statement));
      }
    } else if (ts.isClassDeclaration(statement)) {
      const name = statement.name?.text ?? 'default';
      this.define('class', name, statement, exported, hasJsDoc(statement));
      for (const member of statement.members) {
        if (!ts.isMethodDeclaration(member)) continue;
        const methodName = nameOf(member.name);
        if (!methodName) continue;
        const hidden = ts.getCombinedModifierFlags(member) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected);
        const isPublic = exported && !hidden && !methodName.startsWith('#') && !methodName.startsWith('_');
        this.define('method', methodName, member, isPublic, hasJsDoc(member));
      }
    }
  }

  private define(kind: CodeDefinition['kind'], name: string, node: ts.Node, isPublic: boolean, hasDocstring: boolean): void {
    this.definitions.push({ kind, name, line: this.line(node), hasDocstring, isPublic });
  }

  /** Next.js routes are declared by file location: https://nextjs.org/docs/app/building-your-application/routing/route-handlers */
  private collectNextRoutes(): void {
    const appRoute = /(?:^|\/)app\/(.*?)\/?route\.[cm]?[jt]sx?$/.exec(this.file);
    const pagesApi = /(?:^|\/)pages\/(api\/.+?)(?:\/index)?\.[cm]?[jt]sx?$/.exec(this.file);
    if (!appRoute && !pagesApi) return;
    const url = `/${((appRoute ? appRoute[1] : pagesApi?.[1]) ?? '').replace(/\([^)]*\)\/?/g, '')}`.replace(/\/$/, '') || '/';
    for (const statement of this.source.statements) {
      if (!isExported(statement)) continue;
      const isDefault = ts.isExportAssignment(statement) || hasModifier(statement, ts.SyntaxKind.DefaultKeyword);
      for (const name of exportedNames(statement)) {
        const method = appRoute && HTTP_METHODS.has(name) ? name : null;
        if (!method && !(pagesApi && isDefault)) continue;
        this.decorators.push({
          callee: `next.route.${method ?? 'handler'}`,
          line: this.line(statement),
          snippet: `${method ?? 'ANY'} ${url}: ${this.snippet(statement)}`,
          target: name,
        });
      }
    }
  }

  private resolveImported(written: string): string {
    const dot = written.indexOf('.');
    const head = dot < 0 ? written : written.slice(0, dot);
    const bound = this.bindings.get(head);
    return bound === undefined ? written : bound + written.slice(head.length);
  }

  private resolvedCalls(): CodeCall[] {
    const instances = new Map<string, string>();
    for (const [name, callee] of this.constructed) {
      const resolved = this.resolveImported(callee);
      if (this.assignedTimes.get(name) === 1 && !this.bindings.has(name) && resolved !== callee) instances.set(name, resolved);
    }
    return this.calls.map((call) => {
      const dot = call.written.indexOf('.');
      const instance = dot > 0 ? instances.get(call.written.slice(0, dot)) : undefined;
      const callee = instance ? instance + call.written.slice(dot) : this.resolveImported(call.written);
      return { callee, line: call.line, snippet: call.snippet, keywords: call.keywords, written: call.written };
    });
  }
}

/** `a.b.c`, `this.x.y`; a call inside the chain contributes its callee (`express.Router().get` → `express.Router.get`). */
function dottedName(node: ts.Node): string | null {
  if (ts.isIdentifier(node)) return node.text;
  if (node.kind === ts.SyntaxKind.ThisKeyword) return 'this';
  if (ts.isPropertyAccessExpression(node)) {
    const object = dottedName(node.expression);
    return object && ts.isIdentifier(node.name) ? `${object}.${node.name.text}` : null;
  }
  if (ts.isCallExpression(node)) return dottedName(node.expression);
  if (ts.isNonNullExpression(node) || ts.isParenthesizedExpression(node)) return dottedName(node.expression);
  return null;
}

function nameOf(node: ts.Node | undefined): string | null {
  if (!node) return null;
  if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node) || ts.isStringLiteral(node)) return node.text;
  return null;
}

function isExported(statement: ts.Statement): boolean {
  return ts.isExportAssignment(statement) || hasModifier(statement, ts.SyntaxKind.ExportKeyword);
}

function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);
}

function exportedNames(statement: ts.Statement): string[] {
  if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) return [statement.name?.text ?? 'default'];
  if (ts.isVariableStatement(statement)) return statement.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : []));
  if (ts.isExportAssignment(statement)) return [ts.isIdentifier(statement.expression) ? statement.expression.text : 'default'];
  return [];
}

function hasJsDoc(node: ts.Node): boolean {
  return ts.getJSDocCommentsAndTags(node).some((doc) => ts.isJSDoc(doc));
}
