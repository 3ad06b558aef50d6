import { CRITERIA, MATURITY_SECTIONS, SECTIONS, type SectionId } from '../model/questionnaire.js';
import { RULES } from '../criteria/registry.js';
import { evidenceFingerprint } from '../answers/fingerprint.js';
import type { HumanAnswer } from '../answers/human-answer.js';
import { mergeHumanAnswers } from '../answers/merge.js';
import type { ReportAnswer } from '../answers/report-answer.js';
import type { CriterionResult, ScanResult } from '../engine/results.js';
import type { AnswerValue, Evidence } from '../model/answer.js';
import { servingKind, type ServingKind, type Trait, type TraitScope } from '../profile/profile.js';
import type { IgnoredFiles, SkippedFile } from '../repo/repo-index.js';
import { toolVersion } from '../repo/tool-version.js';

/** The machine-readable report (`--format json`); its shape is documented in README.md. */
export interface Report {
  readonly schemaVersion: 1;
  readonly tool: { readonly name: 'mlops-scan'; readonly version: string };
  readonly target: { readonly path: string; readonly commit: string | null };
  readonly profile: ReportProfile;
  readonly answers: readonly ReportAnswer[];
  readonly skipped: readonly SkippedFile[];
  /** What the repository's `.mlops-scan.yaml` left out: its patterns and how many files they matched. */
  readonly ignored: IgnoredFiles;
  readonly summary: ReportSummary;
}

/** The warning every human-readable report gives a repository without ML code. */
export const NO_ML_CODE = 'no ML code found (no model training, serving or batch scoring): the answers describe the repository\'s engineering, not an ML system.';

/** The line each human-readable report gives what the config left out; null when it left nothing out. */
export function ignoredLine(report: Report): string | null {
  const { patterns, files } = report.ignored;
  return patterns.length === 0 ? null : `Left out by .mlops-scan.yaml: ${files} file${files === 1 ? '' : 's'} matching ${patterns.join(', ')}`;
}

/** How many unread files a human-readable report lists; the JSON report has them all. */
const SKIPPED_LISTED = 20;

/** What a human-readable report says under "Could not read": the first files, and how many more. */
export function skippedListing(report: Report): { readonly listed: readonly SkippedFile[]; readonly more: number } {
  return { listed: report.skipped.slice(0, SKIPPED_LISTED), more: Math.max(0, report.skipped.length - SKIPPED_LISTED) };
}

export interface ReportTrait {
  readonly present: boolean;
  readonly evidence: readonly Evidence[];
  /** `example` when the evidence is only an example the repository ships (an example model server). */
  readonly scope: TraitScope;
}

export interface ReportProfile {
  readonly serving: ServingKind;
  readonly languages: readonly { readonly name: string; readonly files: number }[];
  /** Model training, serving or scoring code of the project's own; absent, the report warns. */
  readonly ml: ReportTrait;
  readonly realtime: ReportTrait;
  readonly batch: ReportTrait;
  readonly iac: ReportTrait;
  readonly featureStore: ReportTrait;
  readonly abTesting: ReportTrait;
}


/** A criterion that is not `yes` yet, in the order the questionnaire recommends working on them. */
export interface NextStep {
  readonly id: number;
  readonly section: SectionId;
  readonly statement: string;
  readonly answer: AnswerValue;
  readonly toYes: string;
}

export interface SectionScore {
  readonly section: SectionId;
  readonly title: string;
  readonly yes: number;
  readonly no: number;
  readonly na: number;
  readonly unanswered: number;
  /** yes / (criteria - n/a), 0..100, rounded; null when every criterion is n/a. */
  readonly percent: number | null;
}

export interface ReportSummary {
  readonly bySection: readonly SectionScore[];
  /** Over all sections, as `percent` above. */
  readonly percent: number | null;
  /** Every criterion of sections 1-4 is `yes` or `n/a`. */
  readonly mature: boolean;
  /** Sections 1-4 (the maturity bar) before 5-7, then by id. */
  readonly nextSteps: readonly NextStep[];
}

/** The report of a scan; answers a person recorded (the answers file) win over the scanner's. */
export function buildReport(scan: ScanResult, human: ReadonlyMap<number, HumanAnswer> = new Map()): Report {
  const answers = mergeHumanAnswers(scan.results.map(toReportAnswer), human);
  return {
    schemaVersion: 1,
    tool: { name: 'mlops-scan', version: toolVersion() },
    target: { path: scan.root, commit: scan.commit },
    profile: {
      serving: servingKind(scan.profile),
      languages: scan.profile.languages,
      ml: reportTrait(scan.profile.ml),
      realtime: reportTrait(scan.profile.realtime),
      batch: reportTrait(scan.profile.batch),
      iac: reportTrait(scan.profile.iac),
      featureStore: reportTrait(scan.profile.featureStore),
      abTesting: reportTrait(scan.profile.abTesting),
    },
    answers,
    skipped: scan.skipped,
    ignored: scan.ignored,
    summary: summarize(answers),
  };
}

function reportTrait(trait: Trait): ReportTrait {
  return { present: trait.present, evidence: trait.evidence, scope: trait.scope };
}

function toReportAnswer({ criterion, answer }: CriterionResult): ReportAnswer {
  return {
    id: criterion.id,
    section: criterion.section,
    statement: criterion.statement,
    answer: answer.answer,
    source: 'auto',
    confidence: answer.answer === 'unanswered' ? null : answer.confidence,
    rationale: answer.rationale,
    evidence: answer.evidence,
    lookedAt: answer.answer === 'no' ? answer.lookedAt : [],
    hints: answer.hints,
    internalError: answer.answer === 'unanswered' ? (answer.internalError ?? null) : null,
    fingerprint: evidenceFingerprint(answer.answer, answer.evidence),
    toYes: TO_YES.get(criterion.id) ?? '',
    comment: null,
    who: null,
    when: null,
    stale: false,
    disagreement: null,
  };
}

const TO_YES = new Map(RULES.map((rule) => [rule.id, rule.toYes]));

export function summarize(answers: readonly Pick<ReportAnswer, 'id' | 'answer'>[]): ReportSummary {
  const sectionOf = new Map(CRITERIA.map((c) => [c.id, c.section]));
  const bySection = (Object.keys(SECTIONS).map(Number) as SectionId[]).map((section) =>
    score(section, answers.filter((a) => sectionOf.get(a.id) === section)),
  );
  const total = score(1, answers);
  const mature = answers
    .filter((a) => MATURITY_SECTIONS.includes(sectionOf.get(a.id) ?? 7))
    .every((a) => a.answer === 'yes' || a.answer === 'n/a');
  return { bySection, percent: total.percent, mature, nextSteps: nextSteps(answers) };
}

function nextSteps(answers: readonly Pick<ReportAnswer, 'id' | 'answer'>[]): NextStep[] {
  const byId = new Map(CRITERIA.map((c) => [c.id, c]));
  const rank = (id: number) => {
    const section = byId.get(id)?.section ?? 7;
    return [MATURITY_SECTIONS.includes(section) ? 0 : 1, section, id] as const;
  };
  return answers
    .filter((a) => a.answer === 'no' || a.answer === 'unanswered')
    .map((a) => ({ answer: a, rank: rank(a.id) }))
    .sort((x, y) => x.rank[0] - y.rank[0] || x.rank[1] - y.rank[1] || x.rank[2] - y.rank[2])
    .flatMap(({ answer }) => {
      const criterion = byId.get(answer.id);
      if (!criterion) return [];
      return [{ id: answer.id, section: criterion.section, statement: criterion.statement, answer: answer.answer, toYes: TO_YES.get(answer.id) ?? '' }];
    });
}

function score(section: SectionId, answers: readonly Pick<ReportAnswer, 'answer'>[]): SectionScore {
  const count = (value: AnswerValue) => answers.filter((a) => a.answer === value).length;
  const yes = count('yes');
  const na = count('n/a');
  const applicable = answers.length - na;
  return {
    section,
    title: SECTIONS[section],
    yes,
    no: count('no'),
    na,
    unanswered: count('unanswered'),
    percent: applicable === 0 ? null : Math.round((100 * yes) / applicable),
  };
}
