import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { entries, get, items, resolve, text, type YamlFile } from './yaml-nodes.js';

/**
 * Reading CloudFormation templates (YAML short tags `!Ref X`, `!Sub "${X}"`, `!GetAtt X.Arn`, or their
 * JSON long forms `{"Ref": "X"}`, `{"Fn::Sub": ...}`) as YAML nodes, so every resource keeps its line.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html
 */
export interface Resource {
  readonly id: string;
  readonly type: string;
  readonly node: Node;
  readonly keyNode: Node;
}

/** The template's resources, each with its logical id and type. */
export function resources(y: YamlFile): Resource[] {
  return entries(y, get(y, y.doc.contents, 'Resources')).flatMap((e) => {
    const type = text(y, get(y, e.value, 'Type'));
    return type && e.value ? [{ id: e.key, type, node: e.value, keyNode: e.keyNode }] : [];
  });
}

/** Every scalar string under a node (an intrinsic function's arguments included). */
export function scalarsUnder(y: YamlFile, node: unknown, depth = 0): string[] {
  const current = resolve(y, node);
  if (current === null || depth > 12) return [];
  if (isScalar(current)) return current.value === null || current.value === undefined ? [] : [String(current.value)];
  if (isSeq(current)) return items(y, current).flatMap((item) => scalarsUnder(y, item, depth + 1));
  if (isMap(current)) return entries(y, current).flatMap((e) => scalarsUnder(y, e.value, depth + 1));
  return [];
}

/**
 * The resource ids a node refers to (`!Ref id`, `!GetAtt id.Arn`, `${id}` in a `!Sub`): the alphanumeric
 * words of its scalars, since CloudFormation logical ids are alphanumeric. A set made once per node, so
 * a large template is not matched id by id with a regular expression built from each (nor broken by
 * an id that is not a valid pattern).
 */
export function referredIds(y: YamlFile, node: unknown): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const value of scalarsUnder(y, node)) for (const word of value.split(/[^A-Za-z0-9]+/)) if (word !== '') ids.add(word);
  return ids;
}

/**
 * A property's value with a parameter reference replaced by the parameter's `Default`
 * (`BranchName: !Ref GitBranch` with `GitBranch: {Default: main}` is `main`); null when unknown.
 */
export function valueOf(y: YamlFile, node: unknown): string | null {
  const current = resolve(y, node);
  const ref = isScalar(current) && current.tag === '!Ref' ? text(y, current) : text(y, get(y, current, 'Ref'));
  if (ref !== null) return text(y, get(y, get(y, get(y, y.doc.contents, 'Parameters'), ref), 'Default'));
  if (isScalar(current) && current.tag !== undefined && current.tag !== '!Sub') return null;
  return text(y, current);
}
