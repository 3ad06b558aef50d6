import { AWESOME_BADGE, AWESOME_LIST_TITLE, TEMPLATE_PLACEHOLDER } from '../../knowledge/docs-topics.js';
import type { Facts } from '../../engine/facts.js';
import type { DetectorInput } from '../input.js';
import { docFormat, DOCS_LOOKED_AT } from './documents.js';
import { readMarkdown } from './markdown.js';
import type { Diagram, DocFile, DocFormat, DocsFacts, DocSection, Staleness } from './model.js';
import { readNotebookMarkdown } from './notebook.js';
import { ownershipFiles } from './ownership.js';
import { readAsciidoc, readRst } from './plain-markup.js';
import type { NavTitle, ParsedDoc } from './sections.js';
import {
  describedFieldsInCode,
  describedSchemaFiles,
  describedStages,
  diagramFiles,
  docusaurusNavTitles,
  mkdocsNavTitles,
} from './structured.js';
import { TopicIndex } from './topics.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The documentation index: every section of every documentation file (Markdown via a CommonMark
 * parser, reStructuredText, AsciiDoc, plain text, notebooks' markdown cells) with heading path, text,
 * file and line; plus ownership files, diagrams, described pipeline stages and schemas.
 */
export async function detectDocs(input: DetectorInput): Promise<DocsFacts> {
  const { index, parsed } = input;
  const exists = (file: string): boolean => index.has(file);
  const sections: DocSection[] = [];
  const diagrams: Diagram[] = [...diagramFiles(index)];
  const navTitles: NavTitle[] = [...mkdocsNavTitles(index, parsed), ...docusaurusNavTitles(index)];
  const read: { file: string; format: DocFormat; doc: ParsedDoc }[] = [];
  for (const file of index.files) {
    const format = docFormat(file);
    if (!format) continue;
    const doc = readDoc(input, file, format, exists);
    if (!doc) continue;
    read.push({ file, format, doc });
    sections.push(...doc.sections);
    diagrams.push(...doc.diagrams);
    navTitles.push(...doc.navTitles);
  }
  const files: DocFile[] = read.map(({ file, format, doc }) => ({
    file,
    format,
    titles: [...doc.titles, ...navTitles.filter((n) => n.file === file).map((n) => n.title)],
    notDocumentation: notDocumentation(file, doc),
  }));
  const code = await input.facts.code();
  const topics = new TopicIndex(sections, files);
  return {
    sections,
    lookedAt: [`${files.length} documentation file${files.length === 1 ? '' : 's'}: ${DOCS_LOOKED_AT}`],
    files,
    ownership: ownershipFiles(index, parsed),
    diagrams,
    describedStages: describedStages(index, parsed),
    describedSchemas: [...describedSchemaFiles(index, parsed), ...(await describedFieldsInCode(code))],
    decisionRecords: files.filter((f) => /(^|\/)(adrs?|decisions)\//i.test(f.file)).map((f) => f.file),
    about: (topic) => topics.about(topic),
    staleness: stalenessOf(input.facts, code.sources.map((s) => s.file)),
  };
}

function readDoc(input: DetectorInput, file: string, format: DocFormat, exists: (f: string) => boolean): ParsedDoc | null {
  const text = input.index.text(file);
  if (text === null) return null;
  switch (format) {
    case 'markdown':
      return readMarkdown(file, text, exists);
    case 'rst':
    case 'text':
      return readRst(file, text, exists, format);
    case 'asciidoc':
      return readAsciidoc(file, text, exists);
    case 'notebook': {
      const json = input.parsed.json(file);
      const doc = json === null ? null : readNotebookMarkdown(file, json, text, exists);
      if (json !== null && !doc) input.index.skip(file, 'not a Jupyter notebook (no cells list)');
      return doc;
    }
  }
}

/** Templates and awesome lists are never documentation of this project (spec). */
function notDocumentation(file: string, doc: ParsedDoc): DocFile['notDocumentation'] {
  if (file.includes('{{')) return 'template';
  const placeholders = doc.sections.filter((s) => TEMPLATE_PLACEHOLDER.test(s.text)).length;
  if (placeholders >= 2) return 'template';
  const title = doc.sections.find((s) => s.headingPath.length > 0)?.headingPath[0] ?? '';
  const badge = doc.sections.some((s) => s.links.some((l) => AWESOME_BADGE.test(l.target)));
  const linkList = doc.listItems >= 15 && doc.linkItems / doc.listItems >= 0.6;
  return AWESOME_LIST_TITLE.test(title) || badge || linkList ? 'awesome-list' : null;
}

function stalenessOf(facts: Facts, codeFiles: readonly string[]): DocsFacts['staleness'] {
  let codeChanged: Promise<string | null> | null = null;
  return async (files) => {
    const history = await facts.history();
    if (history.state !== 'ok' || codeFiles.length === 0) return null;
    const dates = (await Promise.all(files.map((f) => history.lastChanged(f)))).filter((d): d is string => d !== null);
    const evidenceChanged = dates.sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1);
    codeChanged ??= history.lastChangedAmong(codeFiles);
    const code = await codeChanged;
    if (!evidenceChanged || !code) return null;
    const days = Math.floor((Date.parse(code) - Date.parse(evidenceChanged)) / DAY_MS);
    const staleness: Staleness = { evidenceChanged, codeChanged: code, days };
    return staleness;
  };
}
