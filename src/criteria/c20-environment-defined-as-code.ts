import type { EnvironmentDefinition } from '../collect/environment/model.js';
import type { Rule } from './rule.js';
import { evidence, no, nonEmpty, unanswered, yes, type Evidence } from '../model/answer.js';

const MAX_EVIDENCE = 10;

function defined(definitions: readonly EnvironmentDefinition[]): Evidence[] {
  return definitions.slice(0, MAX_EVIDENCE).map((d) => evidence(d.file, d.line, d.note));
}

function unpinnedLines(definitions: readonly EnvironmentDefinition[]): Evidence[] {
  return definitions
    .flatMap((d) => d.unpinned.map((u) => evidence(d.file, u.line, `not pinned: ${u.text}`)))
    .slice(0, MAX_EVIDENCE);
}

const LISTED = 4;

function list(definitions: readonly EnvironmentDefinition[]): string {
  const shown = definitions.slice(0, LISTED).map((d) => `${d.file} (${d.pinned}/${d.total})`);
  const more = definitions.length - LISTED;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

export const rule: Rule = {
  id: 20,
  kind: 'detects',
  answers: ['yes', 'no', 'unanswered'],
  looksFor:
    'lock files (uv.lock, poetry.lock, Pipfile.lock, pdm.lock, conda-lock, package-lock.json ...), requirements with == or hashes on every line, conda envs with pinned versions, pyproject dependencies, Dockerfile base images and pip/conda installs, devcontainer images',
  toYes: 'Lock every dependency: commit a lock file (or pin every requirement with ==/hashes), pin base images by version or digest, and install only from pinned files in Dockerfiles.',
  async answer({ facts }) {
    const { definitions, lookedAt } = await facts.environment();
    const where = nonEmpty(lookedAt) ?? ['dependency files'];
    if (definitions.length === 0) {
      return no('No file defines the environment: no lock file, requirements, conda environment, pyproject dependencies or Dockerfile.', where);
    }
    const full = definitions.filter((d) => d.pinned === d.total);
    const partial = definitions.filter((d) => d.pinned < d.total);
    if (partial.length === 0) {
      const pinnedEvidence = nonEmpty(defined(full));
      // An image alone pins the OS and interpreter, not the libraries the code imports.
      const imagesOnly = full.every((d) => d.kind === 'dockerfile' || d.kind === 'devcontainer');
      if (pinnedEvidence) {
        return yes(`Every environment definition is pinned: ${list(full)}.`, pinnedEvidence, {
          confidence: imagesOnly ? 'medium' : 'high',
          hints: imagesOnly ? ['Only container images define the environment; check how Python packages get installed.'] : [],
        });
      }
    }
    if (full.length === 0 && definitions.every((d) => d.pinned === 0)) {
      return no(`No dependency is pinned to an exact version in ${list(definitions)}.`, where, { evidence: unpinnedLines(definitions) });
    }
    const pinned = definitions.reduce((sum, d) => sum + d.pinned, 0);
    const total = definitions.reduce((sum, d) => sum + d.total, 0);
    const share = Math.round((100 * pinned) / total);
    return unanswered(
      `${share}% of ${total} dependency entries are pinned: ${list(partial)} ${partial.length === 1 ? 'is' : 'are'} not fully pinned${full.length ? `, ${list(full)} ${full.length === 1 ? 'is' : 'are'}` : ''}.`,
      {
        hints: ['Pin or lock the remaining dependencies (a lock file, == pins or hashes), or confirm they are not part of the runtime environment.'],
        evidence: [...unpinnedLines(partial), ...defined(full)],
      },
    );
  },
};
