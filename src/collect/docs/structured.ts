import path from 'node:path';
import { isMap, isScalar, isSeq, type Document } from 'yaml';
import { DIAGRAM_FILES } from '../../knowledge/docs-topics.js';
import type { ParsedFiles } from '../../repo/parsed-files.js';
import type { RepoIndex } from '../../repo/repo-index.js';
import type { DescribedSchema, DescribedStage, Diagram, SchemaKind } from './model.js';
import { localTarget, type NavTitle } from './sections.js';

/** Diagram files (draw.io, PlantUML, Structurizr, mermaid sources). */
export function diagramFiles(index: RepoIndex): Diagram[] {
  const found: Diagram[] = [];
  for (const file of index.files) {
    const match = DIAGRAM_FILES.find((d) => d.name.test(file));
    if (match) found.push({ file, line: null, kind: match.kind, headingPath: null, type: null });
  }
  return found;
}

/** dvc.yaml stages with a `desc` (https://dvc.org/doc/user-guide/project-structure/dvcyaml-files#stage-entries). */
export function describedStages(index: RepoIndex, parsed: ParsedFiles): DescribedStage[] {
  const found: DescribedStage[] = [];
  for (const file of index.named(/^dvc\.ya?ml$/i)) {
    const doc = parsed.yamlDocuments(file)?.[0];
    const stages = doc?.get('stages', true);
    if (!isMap(stages)) continue;
    for (const pair of stages.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : '';
      const desc = isMap(pair.value) ? pair.value.get('desc', true) : null;
      if (!isScalar(desc) || typeof desc.value !== 'string' || desc.value.trim() === '') continue;
      found.push({ file, line: parsed.lineAt(file, desc.range?.[0] ?? 0), stage: name, description: desc.value.trim() });
    }
  }
  return found;
}

interface FieldCount {
  described: number;
  total: number;
  line: number | null;
}

/**
 * Schemas whose fields carry a description: dbt `columns[].description`, Frictionless Table Schema
 * `fields[].description`, JSON Schema `properties.*.description`, Great Expectations `meta.notes`.
 */
export function describedSchemaFiles(index: RepoIndex, parsed: ParsedFiles): DescribedSchema[] {
  const found: DescribedSchema[] = [];
  const add = (file: string, kind: SchemaKind, count: FieldCount): void => {
    if (count.described > 0) {
      found.push({ file, line: count.line ?? 1, kind, describedFields: count.described, fields: count.total });
    }
  };
  for (const file of index.matching(['**/*.yml', '**/*.yaml'])) {
    if (!/(^|\/)(models|sources|schema|schemas|dbt)[^/]*\/|schema\.ya?ml$|_sources\.ya?ml$|_models\.ya?ml$/i.test(file)) continue;
    const doc = parsed.yamlDocuments(file)?.[0];
    if (doc) add(file, 'dbt', dbtColumns(doc, file, parsed));
  }
  for (const file of index.matching(['**/datapackage.json', '**/*.schema.json', '**/schemas/**/*.json', '**/expectations/**/*.json'])) {
    const data = parsed.json(file);
    if (data === null || typeof data !== 'object') continue;
    const line = (pattern: RegExp): number | null => parsed.findLine(file, pattern);
    if (/expectations\//.test(file)) add(file, 'great-expectations', { ...expectationNotes(data), line: line(/"notes"/) });
    else if (/datapackage\.json$/.test(file)) add(file, 'frictionless', { ...frictionlessFields(data), line: line(/"fields"/) });
    else add(file, 'json-schema', { ...jsonSchemaProperties(data), line: line(/"properties"/) });
  }
  return found;
}

function dbtColumns(doc: Document.Parsed, file: string, parsed: ParsedFiles): FieldCount {
  const count: FieldCount = { described: 0, total: 0, line: null };
  for (const key of ['models', 'sources', 'seeds']) {
    const list = doc.get(key, true);
    if (!isSeq(list)) continue;
    const visit = (items: readonly unknown[]): void => {
      for (const item of items) {
        if (!isMap(item)) continue;
        const tables = item.get('tables', true);
        if (isSeq(tables)) visit(tables.items);
        const columns = item.get('columns', true);
        if (!isSeq(columns)) continue;
        for (const column of columns.items) {
          if (!isMap(column)) continue;
          count.total++;
          const description = column.get('description', true);
          if (isScalar(description) && String(description.value ?? '').trim() !== '') {
            count.described++;
            count.line ??= parsed.lineAt(file, description.range?.[0] ?? 0);
          }
        }
      }
    };
    visit(list.items);
  }
  return count;
}

const hasText = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';

function frictionlessFields(data: object): Omit<FieldCount, 'line'> {
  const count = { described: 0, total: 0 };
  const resources = (data as { resources?: unknown }).resources;
  for (const resource of Array.isArray(resources) ? resources : [data]) {
    const fields = (resource as { schema?: { fields?: unknown } } | null)?.schema?.fields;
    if (!Array.isArray(fields)) continue;
    for (const field of fields) {
      count.total++;
      if (hasText((field as { description?: unknown } | null)?.description)) count.described++;
    }
  }
  return count;
}

function jsonSchemaProperties(data: object): Omit<FieldCount, 'line'> {
  const count = { described: 0, total: 0 };
  const properties = (data as { properties?: unknown }).properties;
  if (properties === null || typeof properties !== 'object') return count;
  for (const value of Object.values(properties)) {
    count.total++;
    if (hasText((value as { description?: unknown } | null)?.description)) count.described++;
  }
  return count;
}

function expectationNotes(data: object): Omit<FieldCount, 'line'> {
  const count = { described: 0, total: 0 };
  const expectations = (data as { expectations?: unknown }).expectations;
  if (!Array.isArray(expectations)) return count;
  for (const expectation of expectations) {
    count.total++;
    const meta = (expectation as { meta?: { notes?: unknown } } | null)?.meta;
    const notes = meta?.notes;
    if (hasText(notes) || hasText((notes as { content?: unknown } | null)?.content)) count.described++;
  }
  return count;
}

/** Titles mkdocs `nav:` gives to pages (https://www.mkdocs.org/user-guide/configuration/#nav). */
export function mkdocsNavTitles(index: RepoIndex, parsed: ParsedFiles): NavTitle[] {
  const titles: NavTitle[] = [];
  for (const file of index.named(/^mkdocs\.ya?ml$/i)) {
    const config = parsed.yaml(file) as { nav?: unknown; docs_dir?: unknown } | null;
    if (!config || !Array.isArray(config.nav)) continue;
    const docsDir = path.posix.join(path.posix.dirname(file), typeof config.docs_dir === 'string' ? config.docs_dir : 'docs');
    const visit = (items: readonly unknown[], trail: readonly string[]): void => {
      for (const item of items) {
        if (item === null || typeof item !== 'object') continue;
        for (const [title, value] of Object.entries(item as Record<string, unknown>)) {
          if (Array.isArray(value)) visit(value, [...trail, title]);
          else if (typeof value === 'string') {
            const target = localTarget(`${docsDir}/index.md`, value, (f) => index.has(f));
            if (target) titles.push({ file: target, title: [...trail, title].join(' › ') });
          }
        }
      }
    };
    visit(config.nav, []);
  }
  return titles;
}

/**
 * Labels a Docusaurus sidebar gives to docs (`{type: 'doc', id, label}` and categories with
 * `label` + `items`), read from the sidebar file's text: it is code, so it is never run.
 */
export function docusaurusNavTitles(index: RepoIndex): NavTitle[] {
  const titles: NavTitle[] = [];
  for (const file of index.named(/^sidebars?\.(js|cjs|mjs|ts|json)$/i)) {
    const text = index.text(file);
    if (!text) continue;
    const docsDir = path.posix.join(path.posix.dirname(file), 'docs');
    const resolve = (id: string): string | null =>
      ['.md', '.mdx'].map((ext) => `${docsDir}/${id}${ext}`).find((f) => index.has(f)) ?? null;
    for (const m of text.matchAll(/id:\s*['"]([^'"]+)['"][^{}]*?label:\s*['"]([^'"]+)['"]|label:\s*['"]([^'"]+)['"][^{}]*?id:\s*['"]([^'"]+)['"]/g)) {
      const id = m[1] ?? m[4] ?? '';
      const label = m[2] ?? m[3] ?? '';
      const target = resolve(id);
      if (target) titles.push({ file: target, title: label });
    }
    for (const m of text.matchAll(/label:\s*['"]([^'"]+)['"][^{}[\]]*?items:\s*\[([^\]]*)\]/g)) {
      for (const item of (m[2] ?? '').matchAll(/['"]([^'"]+)['"]/g)) {
        const target = resolve(item[1] ?? '');
        if (target) titles.push({ file: target, title: m[1] ?? '' });
      }
    }
  }
  return titles;
}
