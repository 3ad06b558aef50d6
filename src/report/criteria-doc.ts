import { TRAIT_NAMES, criteriaMetadata, requiredTrait, type CriterionMetadata } from './criteria-metadata.js';
import { MATURITY_SECTIONS, SECTIONS, type SectionId } from '../model/questionnaire.js';
import type { AnswerValue, NonEmpty } from '../model/answer.js';

export const CRITERIA_DOC_PATH = 'docs/criteria.md';

/** Where a criterion's section of docs/criteria.md is; the anchor is the id, so it survives statement edits. */
export function criterionDocLink(id: number): string {
  return `${CRITERIA_DOC_PATH}#c${id}`;
}

/** docs/criteria.md: what the scanner checks for each criterion and what its answers mean, from the rules' metadata. */
export function renderCriteriaDoc(): string {
  const all = criteriaMetadata();
  return [...intro(), ...index(all), ...all.flatMap(criterionSection)].join('\n');
}

function intro(): string[] {
  const bar = MATURITY_SECTIONS.join(', ');
  return [
    '<!-- Generated from the rules\' metadata by src/report/criteria-doc.ts; do not edit by hand.',
    '     After changing a rule or the questionnaire: UPDATE_DOCS=1 npx vitest run test/docs -->',
    '',
    '# The 60 criteria',
    '',
    'For each statement of the MLOps Maturity Assessment (Marvelous MLOps, MIT; see [questionnaire/](../questionnaire/README.md)):',
    'where it applies, what the scanner looks for in a repository, what each answer means for it and how to reach `yes`.',
    `\`mlops-scan explain <id>\` prints the same in a terminal. Each criterion's anchor is its id (\`#c18\`).`,
    '',
    'Rules for every criterion:',
    '',
    '- The answers are `yes`, `no`, `n/a` and `unanswered`; [the README](../README.md#answers) defines them. Every answer',
    '  from the scanner but `unanswered` has a confidence: `high`, or `medium` when a person should confirm it.',
    '- Each criterion explains the answers the scanner can give it (its rule\'s declared answers, each shown by a test)',
    '  and says `never` for the others.',
    '- Evidence is a file (and line) of the repository: the tracked files at the scanned commit, its git history and',
    '  tags ([what counts as the repository](../README.md#what-counts-as-the-repository)).',
    '- A criterion that applies only with a trait (real-time serving, batch scoring, IaC, ...) is `n/a` when the',
    '  project profile shows no such trait, and `unanswered` when the profile leaves it to a person (e.g. only platform',
    '  configurations that may or may not be infrastructure as code). The report shows the profile and its evidence.',
    '- Platform-declared serving is serving: a deploy command in CI or a script (`az ml online-deployment create`,',
    '  `gcloud ai endpoints deploy-model`, `aws sagemaker create-transform-job` ...), an SDK deploy call, a deployment',
    '  config or a serving custom resource (KServe, Seldon) makes the project real-time or batch serving, as a web',
    '  server in its code does. A command that is only printed (`echo`) or commented out deploys nothing.',
    '- Example servers: when the only model server is an example the repository ships (a demo API in `examples/`,',
    '  `utils/`, `demo/`), the project has real-time serving of that example: the criteria that apply to real-time',
    '  serving (7, 35, 36, 41, 48, and 58 when nothing scores in batch) are answered on it with at most `medium`',
    '  confidence and say so. Example code never proves tracking, registry or monitoring of the project itself.',
    '- When a rule fails internally its criterion is `unanswered`, naming the error; the other criteria still run.',
    '- A person\'s answer in the answers file (`mlops-assessment.yaml`, or `--interactive`) wins over the scanner\'s.',
    `- Sections ${bar} are the maturity bar: all \`yes\` or \`n/a\` there means "MLOps mature".`,
    '',
  ];
}

function index(all: readonly CriterionMetadata[]): string[] {
  const sections = Object.keys(SECTIONS).map((key) => Number(key) as SectionId);
  const lines = sections.map((section) => {
    const links = all.filter((m) => m.criterion.section === section).map((m) => `[${m.criterion.id}](#c${m.criterion.id})`);
    return `- **${section}. ${markdownText(SECTIONS[section])}:** ${links.join(' · ')}`;
  });
  return ['## Index', '', ...lines, ''];
}

function criterionSection(metadata: CriterionMetadata): string[] {
  const { criterion: c, sectionTitle, answeredBy, looksFor, toYes } = metadata;
  const subsection = c.subsection === '' ? '' : ` › ${c.subsection}`;
  return [
    `<a id="c${c.id}"></a>`,
    '',
    `## ${c.id}. ${markdownText(c.statement)}`,
    '',
    `- **Section:** ${c.section}. ${markdownText(sectionTitle)}${markdownText(subsection)}`,
    `- **Applies:** ${applies(metadata)}`,
    `- **Answered by:** ${answeredBy === 'scanner' ? 'the scanner, from the repository' : 'a person: the scanner hands the question over'}`,
    `- **Evidence it looks for:** ${markdownText(looksFor)}`,
    '- **What each answer means here:**',
    ...answerMeanings(metadata).map(([answer, meaning]) => `  - \`${answer}\`: ${meaning}`),
    `- **To reach \`yes\`:** ${markdownText(toYes)}`,
    '',
  ];
}

function applies({ criterion }: CriterionMetadata): string {
  const trait = requiredTrait(criterion.appliesWhen);
  if (!trait) return 'to every project';
  const example =
    trait === 'realtime' || trait === 'inference'
      ? ' When the only model server is an example the repository ships, it is answered on that example, at most with `medium` confidence.'
      : '';
  return `only to ${TRAIT_NAMES[trait].projects}; otherwise \`n/a\`.${example}`;
}

type AnswerMeaning = readonly [AnswerValue, string];

const ANSWER_ORDER: NonEmpty<AnswerValue> = ['yes', 'no', 'n/a', 'unanswered'];

// From the metadata: which answers the rule declares (its `answers`), who answers (its kind) and when the
// criterion applies. An answer the criterion cannot get says `never` and why.
function answerMeanings({ criterion, answeredBy, answers }: CriterionMetadata): AnswerMeaning[] {
  const trait = requiredTrait(criterion.appliesWhen);
  const declared = new Set<AnswerValue>(answers);
  const person = answeredBy === 'person';
  const given: Record<AnswerValue, string> = {
    yes: 'the repository holds the evidence above; the report names each piece by file (and line).',
    no: 'the scanner looked where that evidence would live and the repository shows the statement does not hold; the report says where it looked.',
    'n/a': trait
      ? `the project profile shows it is not one of the ${TRAIT_NAMES[trait].projects}, and says what it looked for.`
      : 'the scanner finds the criterion does not apply to this project, and says why.',
    unanswered: person
      ? `what the scanner always answers${trait ? ' where the criterion applies' : ''}, with hints for the person who answers.`
      : `the evidence is partial or inconclusive${trait === 'iac' ? ' (also when only platform configurations leave infrastructure as code to a person)' : ''}; what was found is attached, with hints for the person answering.`,
  };
  const never: Record<AnswerValue, string> = {
    yes: person ? 'never from the scanner, which does not judge this criterion; only a person\'s answer gives it.' : 'never from the scanner.',
    no: person
      ? 'never from the scanner, as for `yes`.'
      : declared.has('unanswered')
        ? 'never: a repository cannot show that the statement does not hold, so where the evidence is missing the answer is `unanswered`.'
        : 'never: wherever the criterion applies, what makes it apply is the evidence for `yes`.',
    'n/a': trait ? 'never.' : 'never; the criterion applies to every project.',
    unanswered: 'never, unless the scanner fails internally (the report then names the error): the repository settles this criterion either way.',
  };
  return ANSWER_ORDER.map((answer) => [answer, declared.has(answer) ? given[answer] : never[answer]]);
}

/**
 * The metadata is prose with `code spans`: outside them, escape what Markdown would otherwise read as
 * emphasis or HTML (`docs/architecture*`, `mlflow.<flavor>.log_model`), and link "criterion N" to its section.
 */
function markdownText(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : escapeProse(part)))
    .join('');
}

function escapeProse(text: string): string {
  return (
    text
      .replace(/[\\*]/g, (c) => `\\${c}`)
      .replace(/&(?=#?\w+;)/g, '&amp;')
      .replace(/</g, '&lt;')
      // An underscore inside a word (log_model) is never emphasis in CommonMark; only escape the others.
      .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\_')
      .replace(/\bcriterion (\d+)\b/g, (_, id: string) => `[criterion ${id}](#c${id})`)
  );
}
