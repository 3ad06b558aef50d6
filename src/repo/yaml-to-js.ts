import { Document, isAlias, isCollection, isMap, isPair, isScalar, isSeq, Scalar, type Node, type Pair, type YAMLMap } from 'yaml';
import { yamlAliases } from './yaml-aliases.js';
import { parseYamlStream } from './yaml-stream.js';

type Plain = Record<string, unknown>;

/**
 * A YAML document as plain data (objects, arrays, scalars), in one pass over its nodes. Each anchored
 * node is converted once and its aliases share the result, so the work is linear in the document
 * whatever its aliases expand to (yaml's `toJS` re-walked the document for each alias). Merge keys
 * (`<<: *base`, `<<: [*a, *b]`) are applied as the tools reading these files do (PyYAML, ruamel, Go
 * yaml, GitLab): the mapping's own keys win, then earlier sources over later ones. yaml's `toJS` kept
 * `<<` as an ordinary key, since the files are parsed as YAML 1.2. A `__proto__` key is an own
 * property, never the object's prototype; a key that is a collection becomes its YAML flow text, as in `toJS`.
 * Aliases without an anchor before them, or inside their own anchor, are null (parseYamlStream
 * refuses such documents before they get here).
 */
export function yamlToJs(doc: Document): unknown {
  const aliases = yamlAliases(doc);
  const converted = new Map<Node, unknown>();

  const convert = (node: unknown): unknown => {
    if (isAlias(node)) {
      const target = aliases.target(node);
      return target === undefined ? null : (converted.get(target) ?? null);
    }
    let value: unknown;
    if (isScalar(node)) value = node.value;
    else if (isSeq(node)) value = node.items.map((item) => (isPair(item) ? pairObject(item) : convert(item)));
    else if (isMap(node)) value = mapObject(node);
    else return null;
    if (node.anchor) converted.set(node, value);
    return value;
  };

  const pairObject = (pair: Pair): Plain => {
    const object: Plain = {};
    setOwn(object, keyText(pair.key, convert(pair.key)), convert(pair.value));
    return object;
  };

  const mapObject = (map: YAMLMap): Plain => {
    const object: Plain = {};
    const sources: unknown[] = [];
    // Keys and values are converted in document order, so an anchor inside a merge source is known to later aliases.
    for (const pair of map.items) {
      if (isMergeKey(pair.key)) sources.push(convert(pair.value));
      else setOwn(object, keyText(pair.key, convert(pair.key)), convert(pair.value));
    }
    for (const source of sources.flatMap((s) => (Array.isArray(s) ? s : [s]))) {
      if (!isPlainObject(source)) continue;
      for (const [key, value] of Object.entries(source)) if (!Object.prototype.hasOwnProperty.call(object, key)) setOwn(object, key, value);
    }
    return object;
  };

  return convert(doc.contents) ?? null;
}

/** The first document of a YAML text as plain data (null when empty); throws as parseYamlStream does, or on a second document. */
export function parseYamlValue(text: string): unknown {
  const docs = parseYamlStream(text);
  if (docs.length > 1) throw new Error('a single YAML document was expected');
  const [doc] = docs;
  return doc ? yamlToJs(doc) : null;
}

/** The merge key is the plain scalar `<<` (quoted, it is an ordinary key): https://yaml.org/type/merge.html */
export function isMergeKey(key: unknown): boolean {
  return isScalar(key) && key.value === '<<' && (key.type === undefined || key.type === Scalar.PLAIN);
}

/** A mapping key as an object property name, from its node and its converted value. */
function keyText(node: unknown, key: unknown): string {
  if (key === null || key === undefined) return '';
  if (typeof key !== 'object') return String(key);
  if (isCollection(node)) {
    try {
      return new Document(node).toString({ collectionStyle: 'flow', lineWidth: 0 }).trimEnd();
    } catch {
      // An alias inside the key has its anchor elsewhere in the document: the key's data stands in.
    }
  }
  return JSON.stringify(key) ?? '';
}

/** Sets an own property even for `__proto__` or a name the prototype has (`constructor`, `toString`). */
function setOwn(object: Plain, key: string, value: unknown): void {
  if (key in object) Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  else object[key] = value;
}

function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array) && !(value instanceof Date);
}
