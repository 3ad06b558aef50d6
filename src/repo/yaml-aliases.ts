import { isAlias, isMap, isPair, isScalar, isSeq, type Alias, type Document, type Node } from 'yaml';
import { MAX_ALIAS_EXPANSION, MAX_YAML_DEPTH } from './yaml-limits.js';

/** What a document's aliases stand for, found in one pass over the document. */
export interface YamlAliases {
  /** The anchored node an alias stands for, as yaml resolves it: the last anchor of that name before the alias. */
  target(alias: Alias): Node | undefined;
  /** Why the aliases cannot be expanded safely (too many nodes, too deep, a loop, no anchor), or null. */
  readonly problem: string | null;
  /** Nodes of the document once its aliases are expanded (at most MAX_ALIAS_EXPANSION more than it holds). */
  readonly expandedNodes: number;
}

/** Nodes and nesting depth of a subtree with its aliases expanded, saturating just above the caps. */
interface Expanded {
  readonly nodes: number;
  readonly depth: number;
}

const LEAF: Expanded = { nodes: 1, depth: 1 };
const analysed = new WeakMap<Document, YamlAliases>();

/**
 * The document's aliases, analysed once per document. `Alias.resolve` walks the whole document on
 * every call, which made reading 5,000 aliases quadratic; here every alias is resolved in the same
 * single pass, and the expanded size of every anchored node is computed once and reused by its
 * aliases, so a billion-laughs document is measured in time linear in its text.
 */
export function yamlAliases(doc: Document): YamlAliases {
  let found = analysed.get(doc);
  if (!found) {
    found = analyse(doc);
    analysed.set(doc, found);
  }
  return found;
}

function analyse(doc: Document): YamlAliases {
  const anchors = new Map<string, Node>();
  const targets = new Map<Alias, Node>();
  const measured = new Map<Node, Expanded>();
  let expansion = 0;
  let written = 0;
  let problem: string | null = null;
  const fail = (why: string): void => {
    problem ??= why;
  };

  const measure = (node: unknown): Expanded => {
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target) {
        fail(`YAML alias *${node.source} has no anchor before it`);
        return LEAF;
      }
      targets.set(node, target);
      const size = measured.get(target);
      if (!size) {
        fail(`YAML alias *${node.source} is inside its own anchor (endless expansion)`);
        return LEAF;
      }
      expansion = Math.min(expansion + size.nodes, MAX_ALIAS_EXPANSION + 1);
      return size;
    }
    if (isPair(node)) return combine(0, [measure(node.key), measure(node.value)]);
    if (!isMap(node) && !isSeq(node) && !isScalar(node)) return { nodes: 0, depth: 0 };
    written++;
    // An anchor is registered before its contents are read, as yaml does: an alias inside it is a loop.
    if (node.anchor) anchors.set(node.anchor, node);
    const size = isScalar(node) ? LEAF : combine(1, node.items.map(measure));
    if (node.anchor) measured.set(node, size);
    return size;
  };

  const whole = measure(doc.contents);
  if (expansion > MAX_ALIAS_EXPANSION) fail(`YAML aliases expand to more than ${MAX_ALIAS_EXPANSION} nodes`);
  if (whole.depth > MAX_YAML_DEPTH) fail(`YAML aliases expand to a nesting deeper than ${MAX_YAML_DEPTH} levels`);
  return { target: (alias) => targets.get(alias), problem, expandedNodes: written + expansion };
}

/** A collection (own = 1) or pair (own = 0) from its parts. */
function combine(own: number, parts: readonly Expanded[]): Expanded {
  let nodes = own;
  let depth = 0;
  for (const part of parts) {
    nodes = Math.min(nodes + part.nodes, MAX_ALIAS_EXPANSION + 1);
    if (part.depth > depth) depth = part.depth;
  }
  return { nodes, depth: Math.min(depth + own, MAX_YAML_DEPTH + 1) };
}
