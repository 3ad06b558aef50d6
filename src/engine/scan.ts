import { RULES } from '../criteria/registry.js';
import { CRITERIA, type Criterion } from '../model/questionnaire.js';
import { notApplicable, unanswered, type Answer } from '../model/answer.js';
import { detectProfile } from '../profile/detect-profile.js';
import { trait, type Profile, type Trait } from '../profile/profile.js';
import { RepoIndex, type IndexOptions } from '../repo/repo-index.js';
import { isBareGitDir } from '../repo/git.js';
import type { Facts } from '../evidence/facts.js';
import { createFacts } from '../evidence/scan-facts.js';
import type { CriterionResult, ScanResult } from './results.js';
import type { Rule, RuleContext } from '../criteria/rule.js';
import { qualifyNoAnswers } from './unread-files.js';

/** The folder holds nothing a scan could read: the user pointed at the wrong place. */
export class NothingToScanError extends Error {}

/** Where a scan is, for a progress line: listing the files, reading and parsing them, answering the criteria. */
export type ScanPhase = { readonly phase: 'listing' } | { readonly phase: 'reading'; readonly files: number } | { readonly phase: 'rules'; readonly criteria: number };

export interface ScanOptions extends IndexOptions {
  readonly progress?: (phase: ScanPhase) => void;
}

/** Scans a repository folder: index it, profile it, run every rule. Throws NothingToScanError. */
export async function scanRepository(root: string, options: ScanOptions = {}): Promise<ScanResult> {
  const index = await openScanIndex(root, options);
  return scanIndex(index, createFacts(index), options);
}

/** The files a scan of `root` reads; throws NothingToScanError when there are none. */
export async function openScanIndex(root: string, options: ScanOptions): Promise<RepoIndex> {
  options.progress?.({ phase: 'listing' });
  // Sixty answers about an empty folder would read as a verdict on a project that is not there.
  if (isBareGitDir(root)) throw new NothingToScanError(`nothing to scan: ${root} is a bare git repository (no work tree); scan a checkout`);
  const index = await RepoIndex.open(root, options);
  if (index.files.length === 0) throw new NothingToScanError(`nothing to scan: ${root} holds no files${index.git ? ' tracked by git' : ''}`);
  return index;
}

/** Profiles an opened index and runs every rule over its facts (a caller may ask the facts more). */
export async function scanIndex(index: RepoIndex, facts: Facts, options: ScanOptions): Promise<ScanResult> {
  options.progress?.({ phase: 'reading', files: index.files.length });
  const { profile, error } = await profileOrFallback(() => detectProfile(index, facts));
  options.progress?.({ phase: 'rules', criteria: CRITERIA.length });
  const results = await runRules(RULES, { profile, facts }, error);
  // Files are read lazily by the detectors, so the skipped list is complete only now.
  const skipped = index.skipped;
  return { root: index.root, commit: index.commit, profile, results: qualifyNoAnswers(results, skipped), skipped, ignored: index.ignored };
}

/**
 * The profile decides applicability, so a failure there must not sink the scan: the criteria that
 * depend on a trait become `unanswered` naming the error, and the others still run.
 */
async function profileOrFallback(detect: () => Promise<Profile>): Promise<{ profile: Profile; error: string | null }> {
  try {
    return { profile: await detect(), error: null };
  } catch (error) {
    const unknown = trait([], 'this trait (profile detection failed)');
    return {
      profile: { languages: [], ml: unknown, realtime: unknown, batch: unknown, iac: unknown, featureStore: unknown, abTesting: unknown },
      error: `project profile failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

export async function runRules(
  rules: readonly Rule[],
  context: RuleContext,
  profileError: string | null = null,
): Promise<CriterionResult[]> {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  return Promise.all(
    CRITERIA.map(async (criterion) => {
      const rule = byId.get(criterion.id);
      const answer = rule
        ? await answerCriterion(criterion, rule, context, profileError)
        : unanswered('No rule is registered for this criterion.', { hints: [] });
      return { criterion, answer };
    }),
  );
}

async function answerCriterion(
  criterion: Criterion,
  rule: Rule,
  context: RuleContext,
  profileError: string | null,
): Promise<Answer> {
  if (profileError && criterion.appliesWhen !== 'always') {
    return failed(criterion, profileError);
  }
  const missing = missingTrait(criterion, context.profile);
  if (missing) {
    const why = `no evidence of ${missing.trait.lookedFor} was found`;
    if (missing.trait.absence === 'open') {
      return unanswered(`${missing.reason}, and whether the project has it is left to a person: ${why}, but related configuration was.`, {
        evidence: missing.trait.evidence,
        hints: ['Answer the criterion this depends on first (e.g. 9 for infrastructure as code).'],
      });
    }
    return notApplicable(`${missing.reason}: ${why}.`, { confidence: missing.trait.absence === 'settled' ? 'high' : 'medium' });
  }
  try {
    const answer = await rule.answer(context);
    return judgesExampleServer(criterion, context.profile) ? onExample(answer, context.profile.realtime) : answer;
  } catch (error) {
    return failed(criterion, error instanceof Error ? error.message : String(error));
  }
}

/** The criterion applies because of real-time serving, and the only model server is an example the repository ships. */
function judgesExampleServer(criterion: Criterion, profile: Profile): boolean {
  if (profile.realtime.scope !== 'example') return false;
  return criterion.appliesWhen === 'realtime' || (criterion.appliesWhen === 'inference' && !profile.batch.present);
}

/**
 * An answer about the only model server the repository has, an example it ships: it holds for that
 * example, so it is at most `medium` and says whose server it judged.
 */
function onExample(answer: Answer, realtime: Trait): Answer {
  if (answer.answer !== 'yes' && answer.answer !== 'no') return answer;
  const where = realtime.evidence[0]?.file ?? 'an example folder';
  return { ...answer, confidence: 'medium', rationale: `On the example server the repository ships (${where}): ${answer.rationale}` };
}

function failed(criterion: Criterion, internalError: string): Answer {
  return {
    ...unanswered(`The scanner failed internally on criterion ${criterion.id}, so this needs a person.`),
    internalError,
  };
}

function missingTrait(criterion: Criterion, profile: Profile): { reason: string; trait: Trait } | null {
  switch (criterion.appliesWhen) {
    case 'always':
      return null;
    case 'realtime':
      return profile.realtime.present ? null : { reason: 'Applies to real-time inference only', trait: profile.realtime };
    case 'batch':
      return profile.batch.present ? null : { reason: 'Applies to batch scoring only', trait: profile.batch };
    case 'inference':
      return profile.realtime.present || profile.batch.present
        ? null
        : {
            reason: 'Applies only where the project deploys inference',
            trait: { ...profile.realtime, lookedFor: `${profile.realtime.lookedFor} or ${profile.batch.lookedFor}` },
          };
    case 'iac':
      return profile.iac.present ? null : { reason: 'Applies only to projects with infrastructure as code', trait: profile.iac };
    case 'featureStore':
      return profile.featureStore.present
        ? null
        : { reason: 'Applies only to projects with a feature store', trait: profile.featureStore };
    case 'abTesting':
      return profile.abTesting.present ? null : { reason: 'Applies only when A/B testing is done', trait: profile.abTesting };
  }
}

export type { Facts };
