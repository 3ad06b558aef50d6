import path from 'node:path';
import type { CollectorInput } from '../input.js';
import { diagramImages } from './diagram-images.js';
import { onlyIllustrates } from '../code/file-kinds.js';
import { docFormat, DOCS_LOOKED_AT } from './documents.js';
import { externalDocsSite } from './external-site.js';
import { DocLibrary, type ParsedFile } from './library.js';
import type { DescribedSchema, DiagramImage, DocsFacts } from './model.js';
import { ownershipFiles } from './ownership.js';
import {
  describedSchemaFiles,
  describedStages,
  diagramFiles,
  docusaurusNavTitles,
  mkdocsNavTitles,
} from './structured.js';
import { TopicIndex } from './topics.js';

/**
 * The documentation index: every section of every documentation file (Markdown via a CommonMark
 * parser, reStructuredText, AsciiDoc, plain text, notebooks' markdown cells) with heading path, text,
 * file and line; plus ownership files, diagrams, described pipeline stages and schemas. Markdown is
 * parsed on demand (see DocLibrary): topic lookups parse only files that can be on the topic, and
 * the whole index is built the first time `sections` or `files` is read.
 */
const IMAGE_REFERENCE = /!\[|<img\b|\.(png|svg|jpe?g|gif|webp)\b/i;

const SKILL_FILE = /(^|\/)SKILL\.md$/i;

/**
 * Agent skills (a SKILL.md with its reference pages) instruct a coding assistant how to use a product;
 * they are not the project's documentation. A skill's folder is left out, and the whole `skills/`
 * folder above it when there is one (its README introduces the skills).
 */
function skillFolders(files: readonly string[]): string[] {
  return [
    ...new Set(
      files
        // A SKILL.md at the top is one file among the project's; only it is left out.
        .filter((f) => SKILL_FILE.test(f) && f.includes('/'))
        .map((f) => {
          const dir = path.posix.dirname(f);
          const skills = /^(.*?(?:^|\/)skills)(?:\/|$)/i.exec(dir);
          return `${skills?.[1] ?? dir}/`;
        }),
    ),
  ];
}

/** What the index takes from other areas, handed in by the evidence layer (see evidence/docs-context.ts). */
export interface DocsContext {
  /** Schemas whose fields are described in code (feast, pandera). */
  readonly codeSchemas: readonly DescribedSchema[];
  readonly staleness: DocsFacts['staleness'];
}

export async function detectDocs(input: CollectorInput, context: DocsContext): Promise<DocsFacts> {
  const { index, parsed } = input;
  const skills = skillFolders(index.files);
  const inSkill = (file: string): boolean => SKILL_FILE.test(file) || skills.some((folder) => file.startsWith(folder));
  // Tutorials, blog posts, examples' READMEs and assistant instructions describe using the project,
  // not the project itself (unless the repository is a collection of examples: see onlyIllustrates).
  const listed = index.files.flatMap((file) => {
    const format = onlyIllustrates(file, index.files) || inSkill(file) ? null : docFormat(file);
    return format ? [{ file, format }] : [];
  });
  const library = new DocLibrary(input, listed, [...mkdocsNavTitles(index, parsed), ...docusaurusNavTitles(index)]);
  const topics = new TopicIndex(library);
  let whole: ParsedFile[] | null = null;
  const everything = (): ParsedFile[] => (whole ??= library.all());
  let images: DiagramImage[] | null = null;
  const count = library.fileCount;
  return {
    get sections() {
      return everything().flatMap((f) => f.sections);
    },
    get files() {
      return everything().map((f) => f.info);
    },
    lookedAt: [`${count} documentation file${count === 1 ? '' : 's'}: ${DOCS_LOOKED_AT}`],
    ownership: ownershipFiles(index, parsed),
    diagrams: [...diagramFiles(index), ...library.embeddedDiagrams],
    describedStages: describedStages(index, parsed),
    describedSchemas: [...describedSchemaFiles(index, parsed), ...context.codeSchemas],
    decisionRecords: listed.filter((f) => /(^|\/)(adrs?|decisions)\//i.test(f.file)).map((f) => f.file),
    get diagramImages() {
      // Only documents that reference a picture can show one.
      return (images ??= diagramImages(library.containing(IMAGE_REFERENCE)));
    },
    externalSite: externalDocsSite(index),
    about: (topic) => topics.about(topic),
    documentsWithHeading: (onHeading, formats) => library.candidates(onHeading, () => false, formats),
    documentsContaining: (pattern) => library.containing(pattern),
    staleness: context.staleness,
  };
}
