import type { BodyRequirement, DiagramKind, DocTopicId } from '../../knowledge/docs-topics.js';

export type DocFormat = 'markdown' | 'rst' | 'asciidoc' | 'text' | 'notebook';

/** A link or image in a section's body. `local` is the repository path it points to, when it is one. */
export interface DocLink {
  readonly target: string;
  readonly line: number;
  readonly image: boolean;
  readonly local: string | null;
}

/** A section of the project's documentation: heading path, its text, where it starts. */
export interface DocSection {
  readonly file: string;
  readonly line: number;
  /** Headings from the top of the document down to this section's own (empty before the first heading). */
  readonly headingPath: readonly string[];
  /** The section's own prose (headings excluded, code and HTML comments left out, link text kept). */
  readonly text: string;
  readonly format: DocFormat;
  /** Heading level (1 = top); 0 for text before the first heading. */
  readonly depth: number;
  /** Words of the section's own body outside links, images, code and HTML. */
  readonly proseWords: number;
  readonly links: readonly DocLink[];
}

/** A documentation site outside the repository that the top-level README keeps linking to. */
export interface ExternalDocsSite {
  readonly host: string;
  /** The README and the line of its first link to the site. */
  readonly file: string;
  readonly line: number;
  readonly links: number;
}

/** A documentation file as a whole. */
export interface DocFile {
  readonly file: string;
  readonly format: DocFormat;
  /** Titles given to the file outside its headings: front matter `title`, mkdocs/sphinx/docusaurus nav. */
  readonly titles: readonly string[];
  /** Why the file can never be documentation of this project, when it cannot. */
  readonly notDocumentation: 'template' | 'awesome-list' | null;
}

export type OwnershipKind = 'codeowners' | 'maintainers' | 'owners';

/** CODEOWNERS, MAINTAINERS, OWNERS: who is responsible, as a file. */
export interface OwnershipFile {
  readonly file: string;
  readonly kind: OwnershipKind;
  /** Entries that name someone (comments and blank lines left out). */
  readonly entries: number;
  /** Line of the first entry. */
  readonly line: number;
}

export interface Diagram {
  readonly file: string;
  readonly line: number | null;
  readonly kind: DiagramKind;
  /** The heading path of the section holding it, for diagrams embedded in documents. */
  readonly headingPath: readonly string[] | null;
  /** Mermaid's diagram type (flowchart, C4Context, ...), when known. */
  readonly type: string | null;
}

/** An image in the documentation whose name or section says it may be a design or flow diagram. */
export interface DiagramImage {
  readonly file: string;
  readonly line: number;
  readonly target: string;
  readonly headingPath: readonly string[];
  /** Why it looks like a diagram: its file name, or the heading it sits under. */
  readonly why: 'name' | 'heading';
}

/** A pipeline stage with a human description (dvc.yaml `desc`). */
export interface DescribedStage {
  readonly file: string;
  readonly line: number;
  readonly stage: string;
  readonly description: string;
}

export type SchemaKind = 'dbt' | 'frictionless' | 'json-schema' | 'great-expectations' | 'feast' | 'pandera';

/** A data schema whose fields carry descriptions. */
export interface DescribedSchema {
  readonly file: string;
  readonly line: number;
  readonly kind: SchemaKind;
  readonly describedFields: number;
  readonly fields: number;
}

/**
 * How much a section on a topic actually says. Only `content` documents the topic; `unstructured`
 * has prose but not what the topic's body needs (fields with meanings, people with roles).
 */
export type Substance =
  | 'content'
  | 'unstructured'
  | 'links-only'
  | 'image-only'
  | 'placeholder'
  | 'empty'
  | 'template'
  | 'awesome-list';

/** Why a section counts as on the topic. */
export type TopicVia = 'heading' | 'file-title' | 'file-name' | 'folder' | 'linked';

export interface TopicHit {
  readonly section: DocSection;
  readonly via: TopicVia;
  readonly substance: Substance;
  /** Prose words of the section with its subsections (placeholder lines left out). */
  readonly words: number;
  /** For `linked`: the section that links to the documented file. */
  readonly linkedFrom: DocSection | null;
  /** For `file-title`: the title (front matter or navigation) that is on the topic. */
  readonly title: string | null;
  /** Under a general heading ("Results", "Dataset") that counts only because its body met the topic's condition: less sure. */
  readonly conditional: boolean;
  /** For `unstructured`: what the body lacks. */
  readonly unmet: BodyRequirement | null;
}

export interface TopicFindings {
  /** Sections on the topic, best first (content before anything else). */
  readonly hits: readonly TopicHit[];
  /** A few sections that only mention the topic in their body: hints, never evidence for `yes`. */
  readonly mentions: readonly DocSection[];
}

/** How old a piece of evidence is against the last code change, from git history. */
export interface Staleness {
  readonly evidenceChanged: string;
  readonly codeChanged: string;
  /** Whole days between them; positive when the evidence is older. */
  readonly days: number;
}

/** One documentation file read into sections. */
export interface DocDocument {
  readonly info: DocFile;
  readonly sections: readonly DocSection[];
}

export interface DocsFacts {
  /** Every section of every documentation file: parses all of them, so prefer `documentsWithHeading`. */
  readonly sections: readonly DocSection[];
  /** What was read, said by a `no` answer. */
  readonly lookedAt: readonly string[];
  readonly files: readonly DocFile[];
  readonly ownership: readonly OwnershipFile[];
  readonly diagrams: readonly Diagram[];
  readonly describedStages: readonly DescribedStage[];
  readonly describedSchemas: readonly DescribedSchema[];
  /** Architecture decision records (files under an adr/decisions folder). */
  readonly decisionRecords: readonly string[];
  /** Pictures that may show this system's design, for a person to look at (never `yes` on their own). */
  readonly diagramImages: readonly DiagramImage[];
  /** The site outside the repository where the README says the project is documented, when it says so. */
  readonly externalSite: ExternalDocsSite | null;
  /** Sections on a topic, judged for substance; memoised per topic. */
  about(topic: DocTopicId): TopicFindings;
  /**
   * The documents that have a heading passing `onHeading`, parsed; only those (a cheap scan of
   * heading-like lines picks them), for lookups outside the topic vocabulary such as API pages.
   * `formats` limits the search (notebook markdown is the costliest to parse).
   */
  documentsWithHeading(onHeading: (heading: string) => boolean, formats?: readonly DocFormat[]): readonly DocDocument[];
  /** The documents whose raw text matches `pattern`, parsed; only those. */
  documentsContaining(pattern: RegExp): readonly DocDocument[];
  /**
   * The newest git date among `files` against the last change to the project's code; null when
   * history cannot say (not a git repo, history not available).
   */
  staleness(files: readonly string[]): Promise<Staleness | null>;
}
