import type { Rule } from './rule.js';
import { evidence, no, nonEmpty, unanswered, yes } from '../model/answer.js';
import { onePerToolAndFolder } from '../collect/iac/summary.js';

const LOOKED_AT = ['IaC files tracked by git (git ls-files)', 'untracked files named like IaC (*.tf, Chart.yaml, ...)'] as const;

export const rule: Rule = {
  id: 10,
  kind: 'detects',
  answers: ['yes', 'no', 'unanswered'],
  looksFor: 'the infrastructure-as-code files of criterion 9, tracked by git',
  toYes: 'Commit the IaC files to the repository (git add + commit), not only keep them in the working folder.',
  async answer({ facts }) {
    const iac = await facts.iac();
    const shown = onePerToolAndFolder(iac.files);
    if (shown.length > 0 && iac.inGitWorkTree === false) {
      // Outside a git work tree every file is listed, so a checkout of another VCS, an export and a plain
      // folder look the same: which version control (if any) stores the IaC cannot be told.
      return unanswered(
        'IaC files exist, but the target is not a git work tree, so whether a version control system stores them cannot be told.',
        {
          evidence: shown.map((f) => evidence(f.file, f.line, f.note)),
          hints: ['Check whether this folder is a checkout of another VCS (Mercurial, SVN, Perforce) or an export.'],
        },
      );
    }
    const tracked = nonEmpty(shown.map((f) => evidence(f.file, f.line, `${f.note}, tracked by git`)));
    const untrackedFiles = iac.untrackedFiles ?? [];
    const untracked = untrackedFiles.slice(0, 10).map((file) => evidence(file, null, 'IaC file not tracked by git'));
    if (tracked) {
      const hints =
        untracked.length > 0 ? [`${untrackedFiles.length} IaC-like file(s) are not tracked; check they need not be.`] : [];
      return yes(`The IaC files (${iac.files.length}) are tracked by git.`, tracked, { hints });
    }
    if (untracked.length > 0) {
      return no('IaC files exist only as untracked files, not in version control.', LOOKED_AT, { evidence: untracked });
    }
    if (iac.platformConfigs.length > 0) {
      return unanswered(
        'Only platform job/cluster configs were found, so whether there is infrastructure as code to version is for a person to judge (criterion 9).',
        {
          evidence: iac.platformConfigs.map((c) => evidence(c.file, c.line, `${c.note} (${c.platform})`)),
          hints: ['If these configs count as IaC for criterion 9, answer according to whether they are committed.'],
        },
      );
    }
    return no('There is no infrastructure as code, so none is stored in version control.', nonEmpty(iac.lookedAt) ?? LOOKED_AT);
  },
};
