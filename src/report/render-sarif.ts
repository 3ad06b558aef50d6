import type { ReportAnswer } from '../answers/report-answer.js';
import { criteriaMetadata, type CriterionMetadata } from './criteria-metadata.js';
import { criterionDocLink } from './criteria-doc.js';
import { terminalSafe, terminalSafeJson } from './escape.js';
import { encodePath, isRepositoryPath } from './evidence-links.js';
import type { Report } from './report.js';

// SARIF 2.1.0 for code scanning (GitHub's upload-sarif, GitLab, IDE viewers):
// https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html and
// https://docs.github.com/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning

export interface SarifOptions {
  /** Also report `unanswered` criteria (level `note`); by default only `no` is an alert. */
  readonly unanswered: boolean;
  /** Whether a repository-relative path is a file of the scanned tree (a `lookedAt` entry may be a glob or prose). */
  readonly isFile: (file: string) => boolean;
  /** A repository-level file for an answer with nothing better to point at (the README), relative. */
  readonly fallbackFile: string;
}

/** `MLOPS018`: the rule id of criterion 18. */
export function sarifRuleId(id: number): string {
  return `MLOPS${String(id).padStart(3, '0')}`;
}

/** One SARIF run: a rule per criterion, a result per `no` (and per `unanswered` when asked). */
export function renderSarif(report: Report, options: SarifOptions): string {
  const metadata = criteriaMetadata();
  const reported = report.answers.filter((a) => a.answer === 'no' || (options.unanswered && a.answer === 'unanswered'));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'mlops-scan', version: report.tool.version, semanticVersion: report.tool.version, rules: metadata.map(sarifRule) } },
        results: reported.map((answer) => result(answer, options)),
        ...(report.target.commit ? { properties: { commit: report.target.commit } } : {}),
      },
    ],
  };
  return terminalSafeJson(log);
}

function sarifRule(m: CriterionMetadata): object {
  const doc = criterionDocLink(m.criterion.id);
  return {
    id: sarifRuleId(m.criterion.id),
    name: `Criterion${m.criterion.id}`,
    shortDescription: { text: m.criterion.statement },
    fullDescription: { text: `${m.criterion.statement} (section ${m.criterion.section}. ${m.sectionTitle}). The scanner looks for: ${m.looksFor}.` },
    help: {
      text: `To reach yes: ${m.toYes}\nWhat each answer means: ${doc} in mlops-scan.`,
      markdown: `**To reach yes:** ${m.toYes}\n\nWhat each answer means for this criterion: \`${doc}\` in mlops-scan.`,
    },
    defaultConfiguration: { level: 'warning' },
    properties: { tags: ['mlops', 'maturity', `section-${m.criterion.section}`] },
  };
}

function result(answer: ReportAnswer, options: SarifOptions): object {
  const at = location(answer, options);
  const ruleId = sarifRuleId(answer.id);
  const open = answer.answer === 'unanswered';
  const text = open ? `Left for a person: ${answer.rationale}` : `${answer.rationale} To reach yes: ${answer.toYes}`;
  return {
    ruleId,
    level: open ? 'note' : 'warning',
    message: { text: terminalSafe(text) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodePath(at.file) },
          ...(at.line !== null && at.line >= 1 ? { region: { startLine: at.line } } : {}),
        },
      },
    ],
    // Stable across runs, so an alert is the same alert until the criterion or its file changes.
    partialFingerprints: { 'mlopsCriterionFile/v1': `${ruleId}:${at.file}` },
    properties: { answer: answer.answer, source: answer.source, confidence: answer.confidence },
  };
}

/** The evidence, else the first place looked at that is a file here, else the repository-level file. */
function location(answer: ReportAnswer, options: SarifOptions): { file: string; line: number | null } {
  const evidence = answer.evidence.find((e) => isRepositoryPath(e.file));
  if (evidence) return { file: evidence.file, line: evidence.line };
  const looked = answer.lookedAt.find((entry) => isRepositoryPath(entry) && !/[*?{}[\]\s]/.test(entry) && options.isFile(entry));
  return { file: looked ?? options.fallbackFile, line: looked ? null : 1 };
}
