/**
 * What the documentation criteria (1-8, and 27's strategy) look for in prose: topics with the heading
 * phrases (and synonyms) that put a section on the topic, plus the markers of text that is not yet
 * documentation (placeholders, template boilerplate). Adding a synonym is one string here.
 *
 * Phrases are matched as whole words against a normalised heading: lower case, every run of
 * non-letters/digits turned into one space ("Bias, Risks & Limitations" → "bias risks limitations").
 */

export type DocTopicId =
  | 'business-goals'
  | 'kpis'
  | 'team'
  | 'risks'
  | 'data-preparation'
  | 'data-definition'
  | 'model-choice'
  | 'architecture'
  | 'retraining'
  | 'rollback';

export interface DocTopic {
  readonly id: DocTopicId;
  /** Said in rationales: "a section on <label>". */
  readonly label: string;
  /** Heading phrases that put a section on the topic. */
  readonly headings: readonly string[];
  /** Phrases removed from a heading before matching ("non goals" must not read as "goals"). */
  readonly notHeadings?: readonly string[];
  /** A documentation file whose base name matches is on the topic as a whole (ARCHITECTURE.md). */
  readonly fileNames?: RegExp;
  /** A documentation file under a folder matching this (posix path) is on the topic as a whole. */
  readonly folders?: RegExp;
}

export const DOC_TOPICS: Readonly<Record<DocTopicId, DocTopic>> = {
  'business-goals': {
    id: 'business-goals',
    label: 'business goals',
    headings: [
      'business goal', 'business goals', 'business objective', 'business objectives', 'business case',
      'business problem', 'business context', 'business value', 'business understanding', 'business impact',
      'problem statement', 'problem definition', 'goal', 'goals', 'project goals', 'objective', 'objectives',
      'project objectives', 'value proposition', 'why this project',
    ],
    notHeadings: ['non goals', 'nongoals', 'learning objectives', 'training objective', 'loss objective'],
  },
  kpis: {
    id: 'kpis',
    label: 'KPIs or success metrics',
    headings: [
      'kpi', 'kpis', 'key performance indicator', 'key performance indicators', 'success metric', 'success metrics',
      'success criteria', 'success measures', 'measuring success', 'metrics of success', 'business metric',
      'business metrics', 'business kpis', 'okr', 'okrs', 'target metrics',
    ],
  },
  team: {
    id: 'team',
    label: 'the team and responsibilities',
    headings: [
      'team', 'our team', 'the team', 'core team', 'project team', 'team members', 'team structure', 'maintainers',
      'maintainer', 'code owners', 'owners', 'ownership', 'roles', 'roles and responsibilities', 'responsibilities',
      'raci', 'raci matrix', 'who does what', 'points of contact', 'stakeholders', 'governance',
    ],
  },
  risks: {
    id: 'risks',
    label: 'model risks and limitations',
    headings: [
      'risk', 'risks', 'risk assessment', 'risk evaluation', 'risk analysis', 'model risk', 'limitations',
      'known limitations', 'bias', 'biases', 'fairness', 'ethical considerations', 'ethics', 'ethical',
      'caveats', 'caveats and recommendations', 'failure modes', 'failure impact', 'impact of failure',
      'out of scope use', 'misuse', 'responsible ai', 'harms', 'safety considerations',
    ],
  },
  'data-preparation': {
    id: 'data-preparation',
    label: 'data gathering, analysis and cleaning',
    headings: [
      'data collection', 'data gathering', 'data acquisition', 'data sources', 'data source', 'collection process',
      'data ingestion', 'data preparation', 'data prep', 'data preprocessing', 'preprocessing', 'pre processing',
      'data cleaning', 'data cleansing', 'cleaning', 'data processing', 'data pipeline', 'feature engineering',
      'exploratory data analysis', 'eda', 'data analysis', 'data exploration', 'training data', 'dataset creation',
      'etl', 'data wrangling', 'data quality',
    ],
  },
  'data-definition': {
    id: 'data-definition',
    label: 'the data definition (features and their meaning)',
    headings: [
      'data dictionary', 'data definition', 'data definitions', 'feature description', 'feature descriptions',
      'feature definitions', 'feature list', 'feature set', 'input features', 'model features', 'features used',
      'schema', 'data schema', 'data model', 'column descriptions', 'columns', 'data fields', 'fields',
      'variables', 'variable descriptions', 'attributes', 'codebook', 'datasheet', 'data card',
      'dataset description', 'data description', 'dataset structure',
    ],
    fileNames: /^(data[-_ ]?dictionary|datasheet|data[-_ ]?card|codebook|feature[-_ ]?descriptions?)\b/i,
  },
  'model-choice': {
    id: 'model-choice',
    label: 'the choice of model',
    headings: [
      'model choice', 'choice of model', 'choosing a model', 'choosing the model', 'model selection',
      'selecting a model', 'model comparison', 'comparison of models', 'candidate models', 'alternatives considered',
      'considered alternatives', 'model details', 'model description', 'model rationale', 'modeling approach',
      'modelling approach', 'algorithm selection', 'algorithm choice', 'choice of algorithm', 'baseline models',
      'model decision', 'why this model',
    ],
  },
  architecture: {
    id: 'architecture',
    label: 'the software architecture',
    headings: [
      'architecture', 'software architecture', 'system architecture', 'solution architecture', 'architecture overview',
      'system design', 'software design', 'technical design', 'solution design', 'design overview',
      'design document', 'high level design', 'system overview', 'system components', 'components',
      'architecture decisions', 'architecture decision records', 'c4 model',
    ],
    fileNames: /^(architecture|design)\b/i,
    folders: /(^|\/)(architecture|adrs?|decisions)(\/|$)/i,
  },
  retraining: {
    id: 'retraining',
    label: 'the retraining strategy',
    headings: [
      'retraining', 'retraining strategy', 'model retraining', 'retrain', 'retraining schedule', 'training schedule',
      'model refresh', 'continuous training', 'model updates', 'model update strategy',
    ],
  },
  rollback: {
    id: 'rollback',
    label: 'the roll-back procedure',
    headings: [
      'rollback', 'roll back', 'rolling back', 'rollback strategy', 'rollback procedure', 'revert', 'reverting',
      'reverting a model', 'previous model version', 'model rollback',
    ],
  },
};

/** Fewer prose words than this (outside links, code and placeholders) is not a documented section. */
export const MIN_SECTION_WORDS = 8;

/**
 * A line holding one of these is a placeholder, not documentation ("TODO: describe the KPIs",
 * Hugging Face's model card template "[More Information Needed]", Azure DevOps' README template).
 */
export const PLACEHOLDER_MARKERS: readonly RegExp[] = [
  /\b(todo|tbd|tba|fixme|wip)\b/i,
  /\bcoming soon\b/i,
  /\bto be (written|added|defined|completed|determined|documented|decided)\b/i,
  /more information needed/i,
  /lorem ipsum/i,
  /\b(fill|filled) (this |it )?in\b/i,
  /\b(describe|add|insert|replace|provide) (your|the|a) [^.]{0,40}\bhere\b/i,
  /^\s*\[[^\]]{0,60}\]\s*$/, // a lone "[Your KPI]" bracket placeholder
];

/** Template boilerplate that survives in generated projects (cookiecutter-data-science and friends). */
export const BOILERPLATE_PHRASES: readonly RegExp[] = [
  /a short description of the project/i,
  /this project was generated (with|from|by) cookiecutter/i,
  /project based on the cookiecutter data science project template/i,
  /give a short introduction of your project/i,
  /provide a (quick|short|brief) summary of what the model/i,
];

/** Jinja/cookiecutter placeholders: a file or section holding them is a template, not documentation. */
export const TEMPLATE_PLACEHOLDER = /\{\{\s*[\w.]+[^}]*\}\}|\{%-?\s*(if|for|raw|set|block)\b/;

/** An "awesome list" names tools; it never documents a project (spec: never `yes` from it). */
export const AWESOME_LIST_TITLE = /^awesome\b/i;
export const AWESOME_BADGE = /awesome\.re|sindresorhus\/awesome/i;

/** Mermaid diagram types that can show a system's structure (gantt, pie, gitGraph ... cannot). */
export const ARCHITECTURE_MERMAID_TYPES: readonly string[] = [
  'flowchart', 'graph', 'sequencediagram', 'classdiagram', 'statediagram', 'statediagram-v2', 'erdiagram',
  'c4context', 'c4container', 'c4component', 'c4dynamic', 'c4deployment', 'architecture-beta', 'block-beta',
];

/** Diagram files by name: https://www.drawio.com, https://plantuml.com, https://structurizr.com/dsl, mermaid. */
export const DIAGRAM_FILES: readonly { readonly kind: DiagramKind; readonly name: RegExp }[] = [
  { kind: 'drawio', name: /\.(drawio|dio)(\.(png|svg|xml))?$/i },
  { kind: 'plantuml', name: /\.(puml|plantuml|pu|iuml|wsd)$/i },
  { kind: 'structurizr', name: /(^|\/)workspace\.(dsl|json)$|\.structurizr$/i },
  { kind: 'mermaid', name: /\.(mmd|mermaid)$/i },
];

export type DiagramKind = 'mermaid' | 'plantuml' | 'drawio' | 'structurizr';

/**
 * Calls that declare a data field together with its meaning (criterion 5): Feast feature fields,
 * pandera columns. A call counts when it passes `description=`.
 */
export const DESCRIBED_FIELD_CALLS: readonly string[] = [
  'feast.Field', 'feast.field.Field', 'feast.Feature', 'feast.Entity',
  'pandera.Column', 'pandera.Field', 'pandera.pandas.Column', 'pandera.pandas.Field', 'pandera.polars.Column',
  'pandera.polars.Field', 'pandera.pyspark.Column', 'pandera.pyspark.Field',
];
export const DESCRIBED_FIELD_IMPORTS: readonly string[] = ['feast', 'pandera'];
