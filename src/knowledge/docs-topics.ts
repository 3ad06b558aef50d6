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

/**
 * What the body of a section must show, beyond its heading, before it documents the topic:
 * - `field-list`: three or more fields each with its meaning (a table row or "name: meaning" item);
 * - `people-with-roles`: two or more people (name, @handle or e-mail) each with a role, or a RACI table;
 * - `model-comparison`: models compared or one chosen ("best model", "outperforms", "we chose");
 * - `about-the-model`: the text is about the model or its predictions (not a project plan's risks).
 */
export type BodyRequirement = 'field-list' | 'people-with-roles' | 'model-comparison' | 'about-the-model';

export interface DocTopic {
  readonly id: DocTopicId;
  /** Said in rationales: "a section on <label>". */
  readonly label: string;
  /** Heading phrases that put a section on the topic. */
  readonly headings: readonly string[];
  /** Phrases removed from a heading before matching ("non goals" must not read as "goals"). */
  readonly notHeadings?: readonly string[];
  /**
   * What a section under one of `headings` must show to document the topic; one that does not is
   * reported as on the topic but `unstructured` (a `no` the person should confirm).
   */
  readonly body?: BodyRequirement;
  /**
   * Headings that are on the topic only when they are the whole heading (past a step number: "3.
   * Dataset") and the section's body shows `conditional.body` ("Results" comparing candidate models);
   * otherwise they are ignored. Such evidence is `medium`.
   */
  readonly conditional?: { readonly headings: readonly string[]; readonly body: BodyRequirement };
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
    // "Scenario 2: A cross-functional team with one data scientist" heads an MLflow tutorial.
    body: 'people-with-roles',
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
    // Risk as the domain ("Credit risk scoring") or as maths ("bias-variance trade-off") is not the model's risk.
    notHeadings: [
      'credit risk', 'default risk', 'churn risk', 'fraud risk', 'risk prediction', 'risk score', 'risk scores',
      'risk scoring', 'risk scorecard', 'risk scorecards', 'risk classification', 'risk factors', 'bias variance', 'variance bias', 'bias term',
      'bias terms', 'bias initialization', 'bias correction',
    ],
    body: 'about-the-model',
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
    // "Cleaning up" in a README deletes the stacks a tutorial created: it cleans no data.
    notHeadings: ['cleaning up', 'clean up', 'cleanup'],
  },
  'data-definition': {
    id: 'data-definition',
    label: 'the data definition (features and their meaning)',
    headings: [
      'data dictionary', 'data definition', 'data definitions', 'feature description', 'feature descriptions',
      'feature definitions', 'feature list', 'input features', 'model features', 'features used',
      'column descriptions', 'data fields', 'variable descriptions', 'codebook', 'datasheet', 'data card',
      'dataset description', 'data description', 'dataset structure',
    ],
    body: 'field-list',
    // Words that head a data dictionary as often as a TFDV how-to. A bare "Features", "Inputs" or
    // "Variables" heads a product's feature list, an Action's inputs, Terraform variables: left out.
    conditional: {
      headings: [
        'schema', 'data schema', 'data model', 'columns', 'fields', 'feature set', 'dataset', 'data', 'the data',
        'the dataset', 'about the data', 'about the dataset', 'data overview', 'model inputs', 'input data',
      ],
      body: 'field-list',
    },
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
    // A notebook's "Benchmarks" or "Results" that compares the candidates and names the best one.
    conditional: {
      headings: [
        'benchmark', 'benchmarks', 'benchmarking', 'model benchmarks', 'comparison', 'results', 'evaluation',
        'model evaluation', 'evaluation results', 'experiments', 'experiment results', 'leaderboard', 'baselines',
        'ablation', 'ablations',
      ],
      body: 'model-comparison',
    },
  },
  architecture: {
    id: 'architecture',
    label: 'the software architecture',
    headings: [
      'architecture', 'software architecture', 'system architecture', 'solution architecture', 'architecture overview',
      'system design', 'software design', 'technical design', 'solution design', 'design overview',
      'design document', 'high level design', 'system overview', 'system components',
      'architecture decisions', 'architecture decision records', 'c4 model',
    ],
    // A bare "Components" heads a migration note or a pipeline's steps ("Define the Pipeline
    // Components"); a model's or network's architecture is its layers, not the software's design.
    notHeadings: [
      'model architecture', 'model architectures', 'network architecture', 'network architectures',
      'neural network architecture', 'neural architecture', 'transformer architecture', 'cnn architecture',
      'architecture search',
    ],
    fileNames: /^(architecture|design)\b/i,
    folders: /(^|\/)(architecture|adrs?|decisions)(\/|$)/i,
  },
  retraining: {
    id: 'retraining',
    label: 'the retraining strategy',
    headings: [
      'retraining', 'retraining strategy', 'model retraining', 'retrain', 'retraining schedule', 'training schedule',
      'model refresh', 'continuous training', 'continual learning', 'model updates', 'model update strategy',
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

/**
 * Tool and product names that hold a topic's words ("Weights & Biases" is no section on bias, "AWS
 * Data Pipeline" none on data preparation): removed from headings and prose before topic phrases are
 * matched. Matched after normalisation, so "Weights & Biases" and "weights-biases" are one entry.
 */
export const TOOL_NAMES: readonly string[] = [
  'weights & biases', 'weights and biases', 'aws data pipeline', 'glue data quality', 'responsible ai dashboard',
  'responsible ai toolbox',
];

/** Said when a section under a topic heading does not show what its body must (BodyRequirement). */
export const BODY_REQUIREMENT_LABEL: Readonly<Record<BodyRequirement, string>> = {
  'field-list': 'a list or table of fields with their meaning',
  'people-with-roles': 'people (names or handles) with their roles',
  'model-comparison': 'a comparison of candidate models or the reason for the choice',
  'about-the-model': 'risk of the model or of its predictions',
};

/** Sections need at least this many field entries (`field-list`) or people with roles (`people-with-roles`). */
export const MIN_FIELD_ENTRIES = 3;
export const MIN_PEOPLE = 2;

/**
 * A "name: meaning" entry of a list or field list (`- **age** (int): age of the customer in years`,
 * `:tenure: days since sign-up`): a short name, an optional type, a separator, three words or more.
 */
export const FIELD_ENTRY = /^:?[*_`"']*([A-Za-z_][\w .\-]{0,39}?)[*_`"']*\s*(\([^)]{1,40}\)\s*)?(:|–|—|-|=)\s+\S+\s+\S+\s+\S+/;
/** A name that is a file or path names a file, not a field ("train.csv: the 2023 training split"). */
export const FILE_LIKE = /[/\\]|\.(csv|parquet|json|jsonl|ya?ml|txt|py|ipynb|zip|gz|pkl|h5|tsv|xlsx?|db|sql)$/i;

/** Who a person is in a team list: an @handle, an e-mail address, or a capitalised first and last name. */
export const PERSON_MARKERS: readonly RegExp[] = [
  /(^|[\s(\[,])@[A-Za-z0-9][\w-]{0,38}\b/,
  /\b[\w.+-]+@[\w-]+\.[\w.]+\b/,
];
/** Two or more capitalised words form a name unless every word is one of these ("Data Scientist"). */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'data', 'science', 'scientist', 'scientists', 'machine', 'learning', 'ml', 'ai', 'model', 'models', 'team',
  'product', 'owner', 'owners', 'business', 'project', 'lead', 'leads', 'manager', 'engineer', 'engineering',
  'engineers', 'analyst', 'analytics', 'platform', 'the', 'our', 'a', 'an', 'and', 'of', 'for', 'with', 'in',
  'on', 'retention', 'operations', 'ops', 'mlops', 'devops', 'research', 'researcher', 'senior', 'junior',
  'principal', 'staff', 'head', 'chief', 'officer', 'director', 'tech', 'technical', 'software', 'cloud',
  'security', 'domain', 'expert', 'contact', 'point', 'maintainer', 'maintainers', 'responsible', 'accountable',
  'consulted', 'informed', 'role', 'roles', 'responsibility', 'responsibilities', 'name', 'member', 'members',
  'scenario', 'step', 'stakeholder', 'stakeholders', 'sponsor', 'steward', 'developer', 'developers',
]);
/** A role or duty beside a person: "Ana Ruiz — data scientist", "@tberg owns the pipelines". */
export const ROLE_WORDS =
  /\b(scientists?|science|engineers?|engineering|analysts?|owners?|owns|leads?|manager|maintainers?|maintains|architects?|responsible|responsibilities|accountable|consulted|informed|stewards?|reviewers?|reviews|approves|approvers?|sponsors?|developers?|researchers?|product|devops|mlops|on-call|in charge|signs? off|contact|stakeholders?|pm|po|cto|ceo)\b/i;
/** A RACI matrix header: the four letters (or words) as table columns. */
export const RACI_HEADER = /\|\s*(r|responsible)\s*\|\s*(a|accountable)\s*\|\s*(c|consulted)\s*\|\s*(i|informed)\s*\|/i;

/** Models compared or one chosen: "our best model is", "outperforms", "we chose", "performs better than". */
export const MODEL_COMPARISON: readonly RegExp[] = [
  /\b(best|better|worse|strongest|winning|top|final|chosen|selected)[- ](performing )?(models?|llms?|classifiers?|regressors?|algorithms?|approach|candidates?|configuration)\b/i,
  /\boutperform(s|ed|ing)?\b/i,
  /\b(performs?|performed|did|does|scores?|scored|is|was|are|were) (much |slightly |significantly |considerably )?(better|worse) than\b/i,
  /\b(we|i) (chose|choose|selected|select|picked|pick|went with|opted for|prefer|preferred)\b/i,
  /\b(compared?|comparing) (it |them |the models? )?(to|with|against)\b/i,
];
/** The comparison is of models: the body names what is compared. */
export const MODEL_WORD = /\b(models?|llms?|classifiers?|regressors?|baselines?|algorithms?|candidates?|architectures?|gpt[- ]?\d|bert|xgboost|lightgbm|random forest|logistic regression)\b/i;
/**
 * Risks of the model, not of the project: the body talks about the model, its data or its predictions
 * (MODEL_SUBJECT). Under a heading that says only "limitations" or "caveats" (any product has them),
 * one line must also say how the model can go wrong (MODEL_RISK): a product's "Limitations" table
 * ("Online store uses LAST_WRITE_WINS") or a dbt import's limits ("Models without data_type default
 * to String") name no risk of a model's predictions.
 */
export const MODEL_SUBJECT =
  /\b(models?|predictions?|predicts?|predicted|classifiers?|outputs?|scores?|scoring|recommendations?|llms?|algorithms?|inference|training data|false (positives?|negatives?))\b/i;
export const GENERIC_RISK_HEADING = /\b(limitations?|caveats?)\b/i;
export const MODEL_RISK =
  /\b(accura\w*|inaccura\w*|errors?|erroneous|fail\w*|generali[sz]\w*|bias\w*|fair\w*|unfair\w*|harm\w*|mislead\w*|wrong\w*|misclassif\w*|false|drift\w*|uncertain\w*|confiden\w*|hallucinat\w*|robust\w*|degrad\w*|under[- ]?represent\w*|discriminat\w*|ethic\w*|risks?|limit\w*|weak\w*|poor\w*|worse|imbalanc\w*|may not|might not|cannot|can't|not (be )?(suitable|intended|reliable)|out of scope|misuse)\b/i;

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

/**
 * Pictures that may be a design or flow diagram of the system (criterion 8): a person must look at
 * them, so they make a `no` `unanswered`, never a `yes`. By file name ("docker_flow.png",
 * "architecture.svg") or by the heading they sit under ("Serverless Deployment", "System design").
 */
export const DIAGRAM_IMAGE_NAME =
  /(^|[-_ .])(arch|architecture|flow|flows|workflow|diagram|design|topology|infra|infrastructure|pipeline|system|components?|c4|deployment|overview)([-_ .]|$)/i;
export const DIAGRAM_IMAGE_HEADING = /\b(flow|workflow|deployment|pipeline|infrastructure|design|components)\b/i;
/** Badges, video thumbnails, logos and screenshots are pictures of something else than a design. */
export const NOT_DIAGRAM_IMAGE =
  /badge|shields\.io|badgen\.net|\/actions\/workflows\/|thumbnail|thumb\/|youtube|ytimg|\bicon|logo|screenshot|avatar|banner/i;

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
