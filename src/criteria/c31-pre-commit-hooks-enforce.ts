import { QUALITY_PURPOSES, atRoot, type HookDefinition } from '../collect/precommit/model.js';
import type { Rule } from './rule.js';
import { evidence, no, nonEmpty, unanswered, yes, type Evidence } from '../model/answer.js';

const MAX_EVIDENCE = 8;

function toEvidence(hooks: readonly HookDefinition[]): Evidence[] {
  const out: Evidence[] = [];
  const seen = new Set<string>();
  const add = (item: Evidence): void => {
    const key = `${item.file}:${item.line}`;
    if (!seen.has(key) && out.length < MAX_EVIDENCE) out.push(item);
    seen.add(key);
  };
  for (const h of hooks) {
    add(evidence(h.file, h.line, `${h.tool} hook ${h.hook} (${h.resolved ? 'runs a repository command' : `${h.purpose}${h.checker ? `: ${h.checker}` : ''}`})`));
    if (h.resolved) add(evidence(h.resolved.file, h.resolved.line, `which runs ${h.checker ?? h.purpose} (${h.resolved.text.slice(0, 60)})`));
  }
  return out;
}

function names(hooks: readonly HookDefinition[]): string {
  return [...new Set(hooks.map((h) => h.checker ?? h.hook))].slice(0, 6).join(', ');
}

export const rule: Rule = {
  id: 31,
  kind: 'detects',
  answers: ['yes', 'no', 'unanswered'],
  looksFor: '.pre-commit-config.yaml hooks, husky (.husky/*, package.json), simple-git-hooks, lefthook and overcommit configs, classified as linter/formatter/type checker or housekeeping',
  toYes: 'Add git hooks that run a linter, formatter or type checker (e.g. ruff, black, mypy in .pre-commit-config.yaml, or husky + lint-staged).',
  async answer({ facts }) {
    const { hooks, configs, lookedAt } = await facts.precommit();
    const where = nonEmpty(lookedAt) ?? ['.pre-commit-config.yaml'];
    const checkers = hooks.filter((h) => QUALITY_PURPOSES.has(h.purpose));
    const rootCheckers = checkers.filter(atRoot);
    const quality = nonEmpty(toEvidence(rootCheckers));
    if (quality) return yes(`Git hooks run code-quality checks before commit/push: ${names(rootCheckers)}.`, quality);
    const nested = nonEmpty(toEvidence(checkers));
    if (nested) {
      return yes(`A subproject's hooks run code-quality checks before commit: ${names(checkers)}.`, nested, {
        confidence: 'medium',
        hints: ['pre-commit reads the config at the repository root unless run with -c; confirm the subproject installs these hooks.'],
      });
    }
    const other = toEvidence(hooks);
    if (other.length > 0) {
      // The statement is about code quality; whitespace and YAML-syntax hooks alone do not settle it.
      return unanswered(`Git hooks exist but only do housekeeping or tests (${names(hooks)}); none was recognised as a linter, formatter or type checker.`, {
        evidence: other,
        hints: [
          'Check whether any hook runs a linter, formatter or type checker through a command not followed here.',
          'Adding a ruff, black, mypy, eslint or prettier hook would make this a yes.',
        ],
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
