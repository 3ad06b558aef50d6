import { Composer, Parser, type CST, type Document } from 'yaml';
import { yamlAliases } from './yaml-aliases.js';
import { MAX_YAML_DEPTH } from './yaml-limits.js';

const OPTIONS = { prettyErrors: false, uniqueKeys: false } as const;

/**
 * The documents of a YAML stream. Throws an Error saying why when the stream is not valid YAML, nests
 * deeper than MAX_YAML_DEPTH, or has aliases that cannot be expanded safely (see yaml-aliases): such a
 * file is treated as broken, never half-read. Linear in the text: the nesting is measured on yaml's
 * concrete syntax tree, which its parser builds without recursion, before anything recursive runs.
 */
export function parseYamlStream(text: string): Document.Parsed[] {
  const tokens = Array.from(new Parser().parse(text));
  const tooDeep = nestingProblem(tokens);
  if (tooDeep) throw new Error(tooDeep);
  const docs = Array.from(new Composer(OPTIONS).compose(tokens));
  for (const doc of docs) {
    const error = doc.errors[0];
    if (error) throw new Error(`invalid YAML: ${error.message.split('\n')[0]}`);
    const problem = yamlAliases(doc).problem;
    if (problem) throw new Error(problem);
  }
  return docs;
}

/**
 * Why YAML text must not be composed (yaml recurses there, and deep enough nesting aborts the process),
 * or null; for parsers that need yaml's own document API (the answers file keeps comments and lines).
 */
export function nestingProblem(source: string | readonly CST.Token[]): string | null {
  const tokens = typeof source === 'string' ? Array.from(new Parser().parse(source)) : source;
  return tokens.some((token) => nestingDepth(token) > MAX_YAML_DEPTH) ? `YAML nested deeper than ${MAX_YAML_DEPTH} levels` : null;
}

/** Deepest collection nesting under a CST token, walked with an explicit stack. */
function nestingDepth(root: CST.Token): number {
  let deepest = 0;
  const stack: { token: CST.Token; depth: number }[] = [{ token: root, depth: 0 }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { token, depth } = next;
    if (depth > deepest) deepest = depth;
    for (const child of childTokens(token)) stack.push({ token: child, depth: depth + 1 });
  }
  return deepest;
}

function childTokens(token: CST.Token): CST.Token[] {
  switch (token.type) {
    case 'document':
      return token.value ? [token.value] : [];
    case 'block-map':
    case 'block-seq':
    case 'flow-collection':
      return token.items.flatMap((item: CST.CollectionItem) => [item.key, item.value].filter((t): t is CST.Token => t !== null && t !== undefined));
    default:
      return [];
  }
}
