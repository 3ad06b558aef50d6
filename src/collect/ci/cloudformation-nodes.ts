import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { entries, get, resolve, text, type YamlFile } from './yaml-nodes.js';

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
  if (isSeq(current)) return current.items.flatMap((item) => scalarsUnder(y, item, depth + 1));
  if (isMap(current)) return entries(y, current).flatMap((e) => scalarsUnder(y, e.value, depth + 1));
  return [];
}

/** Whether a node refers to the resource `id` (`!Ref id`, `!GetAtt id.Arn`, `${id}` in a `!Sub`). */
export function refersTo(y: YamlFile, node: unknown, id: string): boolean {
  const word = new RegExp(`(^|[^A-Za-z0-9])${id}([^A-Za-z0-9]|$)`);
  return scalarsUnder(y, node).some((value) => word.test(value));
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
