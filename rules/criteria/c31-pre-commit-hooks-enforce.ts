import { QUALITY_PURPOSES, type HookDefinition } from '../../src/detectors/precommit/model.js';
import type { Rule } from '../../src/engine/rule.js';
import { evidence, no, nonEmpty, yes, type Evidence } from '../../src/model/answer.js';

const MAX_EVIDENCE = 8;

function toEvidence(hooks: readonly HookDefinition[]): Evidence[] {
  return hooks.slice(0, MAX_EVIDENCE).map((h) => evidence(h.file, h.line, `${h.tool} hook ${h.hook} (${h.purpose}${h.checker ? `: ${h.checker}` : ''})`));
}

function names(hooks: readonly HookDefinition[]): string {
  return [...new Set(hooks.map((h) => h.checker ?? h.hook))].slice(0, 6).join(', ');
}

export const rule: Rule = {
  id: 31,
  kind: 'detects',
  looksFor: '.pre-commit-config.yaml hooks, husky (.husky/*, package.json), simple-git-hooks, lefthook and overcommit configs, classified as linter/formatter/type checker or housekeeping',
  toYes: 'Add git hooks that run a linter, formatter or type checker (e.g. ruff, black, mypy in .pre-commit-config.yaml, or husky + lint-staged).',
  async answer({ facts }) {
    const { hooks, configs, lookedAt } = await facts.precommit();
    const where = nonEmpty(lookedAt) ?? ['.pre-commit-config.yaml'];
    const quality = nonEmpty(toEvidence(hooks.filter((h) => QUALITY_PURPOSES.has(h.purpose))));
    if (quality) {
      const checkers = hooks.filter((h) => QUALITY_PURPOSES.has(h.purpose));
      return yes(`Git hooks run code-quality checks before commit/push: ${names(checkers)}.`, quality);
    }
    const other = nonEmpty(toEvidence(hooks));
    if (other) {
      return yes(`Git hooks exist but only do housekeeping or tests (${names(hooks)}), no linter, formatter or type checker.`, other, {
        confidence: 'medium',
        hints: ['Add a linter/formatter/type checker hook (ruff, black, mypy, eslint, prettier) for the hooks to enforce code quality.'],
      });
    }
    if (configs.length > 0) {
      return no(`A hook configuration exists (${configs.map((c) => c.file).join(', ')}) but defines no hook.`, where, {
        evidence: configs.map((c) => evidence(c.file, null, `${c.tool} configuration without hooks`)),
        confidence: 'medium',
      });
    }
    return no('No pre-commit, husky, lefthook or overcommit hooks are configured.', where);
  },
};
