import type { Rule } from '../../src/engine/rule.js';
import { evidence, no, nonEmpty, unanswered, yes } from '../../src/model/answer.js';
import { withSnippet } from '../../src/knowledge/call-sites.js';
import { MIN_SECTION_WORDS } from '../../src/knowledge/docs-topics.js';
import { ciSteps, firstPerFile, refinedCalls, trackingUse, trainingCode } from '../../src/knowledge/ml-lifecycle.js';
import { ALIAS_MODEL_URI, MODEL_URI_CALLS, ROLLBACK_COMMAND, ROLLBACK_HEADING } from '../../src/knowledge/tracking.js';

export const rule: Rule = {
  id: 28,
  kind: 'detects',
  looksFor: 'registry aliases/stages (MLflow aliases or stages, SageMaker approval status, W&B registry links, models:/name@alias URIs), or versioned models with rollback documentation or automation (helm rollback, kubectl rollout undo)',
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
    const [registry, steps, docs] = await Promise.all([trackingUse(facts, 'model-registry', 'model-logging'), ciSteps(facts, ROLLBACK_COMMAND, { scheduledOnly: false }), facts.docs()]);
    const automation = steps.slice(0, 2).map(({ step }) => evidence(step.file, step.line, `rollback step: ${step.text.split('\n')[0]?.trim().slice(0, 100)}`));
    const documented = docs.sections
      .filter((s) => ROLLBACK_HEADING.test(s.headingPath[s.headingPath.length - 1] ?? '') && s.proseWords >= MIN_SECTION_WORDS)
      .slice(0, 2)
      .map((s) => evidence(s.file, s.line, `rollback documented: ${s.headingPath.join(' > ')}`));
    const versions = firstPerFile(registry.usages, 2);
    const procedure = [...automation, ...documented];
    const versionedWithProcedure = nonEmpty([...versions, ...procedure]);
    if (versionedWithProcedure && versions.length > 0 && procedure.length > 0) {
      return yes('Model versions are kept in a registry and the roll-back is documented or automated.', versionedWithProcedure);
    }
    const automated = nonEmpty(automation);
    if (automated) {
      return yes('Deployments are versioned and a pipeline rolls back to the previous release; confirm it covers the model.', automated, { confidence: 'medium' });
    }
    const [adHoc, training] = await Promise.all([trackingUse(facts, 'ad-hoc-save'), trainingCode(facts)]);
    const servesHere = profile.realtime.present || profile.batch.present;
    if (adHoc.usages.length > 0 && registry.usages.length === 0 && training.usages.length > 0 && servesHere) {
      return no(
        'Training and serving live in this repository and the model is saved as a bare file with no versions, so there is no earlier version to roll back to.',
        ['registry aliases/stages', 'CI rollback steps', 'documentation sections on rollback'],
        { evidence: firstPerFile(adHoc.usages, 2), confidence: 'medium' },
      );
    }
    return unanswered('No roll-back strategy for models was found; a repository rarely shows it fully.', {
      evidence: [...versions, ...documented],
      hints: ['Check how a bad model version is reverted in production (registry alias, redeploy of the previous image).'],
    });
  },
};
