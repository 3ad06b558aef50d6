import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { ParsedFiles } from '../../repo/parsed-files.js';
import { yamlAliases } from '../../repo/yaml-aliases.js';
import { isMergeKey } from '../../repo/yaml-to-js.js';
import { append } from '../../util/arrays.js';
import type { CiSystem, RunStep } from './model.js';
import { commandLines } from './shell.js';

/**
 * Reading CI YAML as nodes rather than plain data, so every trigger, job and step keeps the line it is
 * written on. Aliases are resolved and `<<:` merge keys (common in GitLab and CircleCI configs) are
 * looked through, because the files are parsed as YAML 1.2 where merge keys are plain keys.
 */
export interface YamlFile {
  readonly file: string;
  readonly doc: Document.Parsed;
  readonly parsed: ParsedFiles;
  readonly budget: WalkBudget;
}

/** What is left of a scan's allowance of node visits, and the documents already counted into it. */
export interface WalkBudget {
  left: number;
  readonly counted: WeakSet<Document>;
}

/**
 * Node visits allowed for walking a scan's CI YAML. The readers follow references (GitLab `extends` and
 * `!reference`, CircleCI commands, Azure templates, reusable workflows, composite actions), each of
 * which may name several others: twenty templates of twenty templates, ten levels deep, are 20^10
 * visits from a 10 KB file. Each file read adds VISITS_PER_NODE visits per node it holds (aliases
 * expanded) to one allowance per scan, so the walk stays linear in what was read, and a template used
 * by thousands of jobs is paid for by the file holding them; the floor covers small repositories. The
 * fixtures take under 3 visits per node, 10,000 GitLab jobs extending one template 15.
 */
const VISITS_PER_NODE = 50;
const VISITS_FLOOR = 500_000;
const PARTLY_READ = 'read in part: its templates and references expand too far';

/** The scan's allowance, from the floor; each file read adds its share. */
function walkBudget(): WalkBudget {
  return { left: VISITS_FLOOR, counted: new WeakSet() };
}

/** The first document of a YAML file, or null when absent, empty or broken (recorded by ParsedFiles). */
export function yamlFile(parsed: ParsedFiles, file: string, document = 0): YamlFile | null {
  const doc = parsed.yamlDocuments(file)?.[document];
  if (!doc) return null;
  const budget = parsed.derived.of(walkBudget);
  if (!budget.counted.has(doc)) {
    budget.counted.add(doc);
    budget.left += VISITS_PER_NODE * yamlAliases(doc).expandedNodes;
  }
  return { file, doc, parsed, budget };
}

/** Charges a walk over `visits` nodes: false, with the file recorded as read in part, once the allowance is spent. */
function spend(y: YamlFile, visits: number): boolean {
  y.budget.left -= visits;
  if (y.budget.left >= 0) return true;
  y.parsed.index.skip(y.file, PARTLY_READ);
  return false;
}

/** The node itself, or the anchored node an alias stands for (from the document's alias table, built once). */
export function resolve(y: YamlFile, node: unknown): Node | null {
  const current = isAlias(node) ? yamlAliases(y.doc).target(node) : node;
  return isMap(current) || isSeq(current) || isScalar(current) ? current : null;
}

export interface Entry {
  readonly key: string;
  readonly keyNode: Node;
  readonly value: Node | null;
}

/** The entries of a mapping, merge keys (`<<: *base`) expanded after the explicit ones. */
export function entries(y: YamlFile, node: unknown, depth = 0): Entry[] {
  const map = resolve(y, node);
  if (!isMap(map) || depth > 10 || !spend(y, map.items.length + 1)) return [];
  const own: Entry[] = [];
  const merged: Entry[] = [];
  for (const item of map.items) {
    if (!isPair(item) || !isScalar(item.key)) continue;
    const key = String(item.key.value);
    if (isMergeKey(item.key)) {
      const sources = resolve(y, item.value);
      for (const source of isSeq(sources) ? sources.items : [sources]) append(merged, entries(y, source, depth + 1));
    } else {
      own.push({ key, keyNode: item.key, value: resolve(y, item.value) });
    }
  }
  const seen = new Set(own.map((e) => e.key));
  return [...own, ...merged.filter((e) => !seen.has(e.key))];
}

export function entry(y: YamlFile, node: unknown, key: string): Entry | null {
  return entries(y, node).find((e) => e.key === key) ?? null;
}

export function get(y: YamlFile, node: unknown, key: string): Node | null {
  return entry(y, node, key)?.value ?? null;
}

export function items(y: YamlFile, node: unknown): Node[] {
  const seq = resolve(y, node);
  if (!isSeq(seq) || !spend(y, seq.items.length + 1)) return [];
  return seq.items.map((item) => resolve(y, item)).filter((item): item is Node => item !== null);
}

/** A scalar as text (numbers and booleans too), else null. */
export function text(y: YamlFile, node: unknown): string | null {
  const scalar = resolve(y, node);
  if (!isScalar(scalar) || scalar.value === null || scalar.value === undefined) return null;
  return String(scalar.value);
}

/** A scalar or a sequence of scalars as a list of strings (`branches: main` and `branches: [main]`). */
export function texts(y: YamlFile, node: unknown): string[] {
  const one = text(y, node);
  if (one !== null) return [one];
  return items(y, node)
    .map((item) => text(y, item))
    .filter((value): value is string => value !== null);
}

export function isMapping(y: YamlFile, node: unknown): boolean {
  return isMap(resolve(y, node));
}

export function isSequence(y: YamlFile, node: unknown): boolean {
  return isSeq(resolve(y, node));
}

/** 1-based line where a node's value ends in its own file. */
function lastLineOf(y: YamlFile, node: Node | null | undefined): number | undefined {
  const end = node?.range?.[1];
  return end === undefined ? undefined : y.parsed.lineAt(y.file, end);
}

/** The commands of a script scalar (`run:`, `script:`), each on the line it is written on within `node`. */
export function shellSteps(system: CiSystem, y: YamlFile, node: Node | null, script: string): RunStep[] {
  return commandLines(script, y.file, lineOf(y, node), y.parsed.lines(y.file), lastLineOf(y, node)).map((command) => ({ kind: 'run', system, ...command }));
}

/** 1-based line where a node starts in its own file (aliases point at the anchor's line). */
export function lineOf(y: YamlFile, node: Node | null | undefined): number | null {
  const start = node?.range?.[0];
  return start === undefined ? null : y.parsed.lineAt(y.file, start);
}

/** The YAML tag of a node, e.g. `!reference` in GitLab. */
export function tagOf(node: Node | null): string | null {
  return node && (isSeq(node) || isMap(node) || isScalar(node)) ? (node.tag ?? null) : null;
}

/** An action's, task's, orb's or pipe's scalar inputs, in written order (nested maps and lists are left out). */
export function inputsOf(y: YamlFile, inputs: Node | null): Record<string, string> {
  // fromEntries defines own properties, so an input named `__proto__` stays an input.
  return Object.fromEntries(
    entries(y, inputs)
      .map((e) => [e.key, text(y, e.value)] as const)
      .filter((pair): pair is readonly [string, string] => pair[1] !== null),
  );
}
