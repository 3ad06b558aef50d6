import { stepText } from '../evidence/ci-steps.js';
import type { Facts } from '../evidence/facts.js';
import type { Rule } from './rule.js';
import { evidence, no, nonEmpty, unanswered, yes, type Evidence } from '../model/answer.js';
import { withKeyword, withSnippet } from '../evidence/call-sites.js';
import { ciSteps, firstPerFile, refinedCalls, trackingUse, trainingCode } from '../evidence/ml-lifecycle.js';
import {
  ALIAS_MODEL_URI,
  DOCUMENTED_ROLLBACK_COMMAND,
  MODEL_URI_CALLS,
  RAY_CHECKPOINT_ARTIFACTS,
  ROLLBACK_COMMAND,
  ROLLBACK_PROBES,
} from '../knowledge/tracking.js';
import { findEvidence } from '../evidence/usages.js';
import { documentedCommands } from '../evidence/documented-commands.js';

export const rule: Rule = {
  id: 28,
  kind: 'detects',
  answers: ['yes', 'no', 'unanswered'],
  looksFor:
    'registry aliases/stages (MLflow aliases or stages, SageMaker approval status, W&B registry links, models:/name@alias URIs), or versioned models with rollback documentation (a section on rolling back, a documented rollback command) or automation (helm rollback, kubectl rollout undo)',
  toYes: 'Serve models through a registry alias or stage (so a roll-back repoints it), or document and automate rolling back to the previous model version.',
  async answer({ facts, profile }) {
    const [aliases, aliasUris] = await Promise.all([
      trackingUse(facts, 'registry-alias'),
      refinedCalls(facts, { ...MODEL_URI_CALLS, where: withSnippet(ALIAS_MODEL_URI) }, 'model resolved through an alias or stage'),
    ]);
    const promoted = nonEmpty([...firstPerFile(aliases.usages, 3), ...firstPerFile(aliasUris, 2)]);
    if (promoted) {
      return yes('Models are promoted through registry aliases or stages, so rolling back repoints to the previous version.', promoted);
    }
    const [registry, runs, checkpoints, steps, documented, shifting] = await Promise.all([
      trackingUse(facts, 'model-registry', 'model-logging'),
      trackingUse(facts, 'run-tracking', 'git-aware-tracking', 'mlflow-project'),
      refinedCalls(facts, { ...RAY_CHECKPOINT_ARTIFACTS, where: withKeyword(...RAY_CHECKPOINT_ARTIFACTS.keywords) }, 'checkpoints stored as run artifacts'),
      ciSteps(facts, ROLLBACK_COMMAND, { scheduledOnly: false }),
      rollbackDocumentation(facts),
      findEvidence(facts, [], ROLLBACK_PROBES),
    ]);
    const automation = [
      ...steps.slice(0, 2).map(({ step }) => evidence(step.file, step.line, `rollback step: ${stepText(step).split('\n')[0]?.trim().slice(0, 100)}`)),
      ...firstPerFile(shifting.usages, 2),
    ];
    const versions = [...firstPerFile(registry.usages, 2), ...firstPerFile(checkpoints, 1)];
    const procedure = [...automation, ...documented];
    const versionedWithProcedure = nonEmpty([...versions, ...procedure]);
    if (versionedWithProcedure && versions.length > 0 && procedure.length > 0) {
      const strong = registry.usages.length > 0 && (automation.length > 0 || documented.some((e) => e.note.startsWith('section')));
      return yes('Model versions are kept in a registry or run artifacts and the roll-back is documented or automated.', versionedWithProcedure, {
        confidence: strong ? 'high' : 'medium',
      });
    }
    const automated = nonEmpty(automation);
    if (automated) {
      return yes('Deployments are versioned and a pipeline or the deployment itself (traffic shifting with alarms) rolls back to the previous release; confirm it covers the model.', automated, { confidence: 'medium' });
    }
    const [adHoc, training] = await Promise.all([trackingUse(facts, 'ad-hoc-save'), trainingCode(facts)]);
    const servesHere = profile.realtime.present || profile.batch.present;
    const tracked = registry.usages.length > 0 || runs.usages.length > 0 || checkpoints.length > 0;
    // "No earlier version" is only provable when nothing records runs or artifacts and no procedure exists.
    if (adHoc.usages.length > 0 && !tracked && procedure.length === 0 && training.usages.length > 0 && servesHere) {
      return no(
        'Training and serving live in this repository and the model is saved as a bare file with no versions, so there is no earlier version to roll back to.',
        ['registry aliases/stages', 'CI rollback steps', 'documentation sections and commands on rollback'],
        { evidence: firstPerFile(adHoc.usages, 2), confidence: 'medium' },
      );
    }
    const partial = documented.length > 0 ? 'A roll-back procedure is documented, but no model versions it could return to were found.' : 'No roll-back strategy for models was found; a repository rarely shows it fully.';
    return unanswered(partial, {
      evidence: [...versions, ...firstPerFile(runs.usages, 2), ...documented],
      hints: ['Check how a bad model version is reverted in production (registry alias, redeploy of the previous image or run).'],
    });
  },
};

/** Documentation sections on rolling back, and rollback commands written in the docs (README code blocks). */
async function rollbackDocumentation(facts: Facts): Promise<Evidence[]> {
  const [docs, documented] = await Promise.all([facts.docs(), documentedCommands(facts, DOCUMENTED_ROLLBACK_COMMAND, 2)]);
  const sections = docs
    .about('rollback')
    .hits.filter((hit) => hit.substance === 'content')
    .slice(0, 2)
    .map((hit) => evidence(hit.section.file, hit.section.line, `section on rolling back: ${hit.section.headingPath.join(' > ')}`));
  const commands = documented.map((c) => evidence(c.file, c.line, `documented rollback command: ${c.text.slice(0, 100)}`));
  return [...sections, ...commands];
}
