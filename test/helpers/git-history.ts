import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { git, tempDir, writeFiles } from './fixture-repo.js';

export type PrHost = 'github' | 'bitbucket' | 'gitlab';

/**
 * Builds a repository's history in a temp dir, commit by commit, the way teams actually land changes:
 * `--no-ff` PR merges with each host's subject, squash merges "(#N)", and direct pushes to main.
 * Every commit gets its own date (one hour apart) so "last changed" is testable.
 */
export class HistoryBuilder {
  private clock = Date.parse('2025-01-01T00:00:00Z');

  private constructor(readonly dir: string) {}

  /** An empty repository (no commits yet) on branch main. */
  static empty(): HistoryBuilder {
    const builder = new HistoryBuilder(tempDir('mlops-scan-history-'));
    git(builder.dir, ['init', '-q']);
    return builder;
  }

  /** A repository with one initial commit of `files`. */
  static init(files: Readonly<Record<string, string>> = { 'README.md': '# Project\n' }): HistoryBuilder {
    return HistoryBuilder.empty().push('Initial commit', files);
  }

  /** The ISO date the next commit will get. */
  get nextDate(): string {
    return new Date(this.clock + 3_600_000).toISOString();
  }

  /** A commit straight on the current branch. */
  push(subject: string, files: Readonly<Record<string, string>>, body?: string): this {
    writeFiles(this.dir, files);
    git(this.dir, ['add', '-A']);
    git(this.dir, ['commit', '-q', '--allow-empty', '-m', subject, ...(body ? ['-m', body] : [])], this.tick());
    return this;
  }

  /** A feature branch with one commit, merged into main with `--no-ff` and the host's merge message. */
  mergePr(number: number, files: Readonly<Record<string, string>>, host: PrHost = 'github'): this {
    const branch = `feature-${number}`;
    git(this.dir, ['checkout', '-q', '-b', branch]);
    this.push(`Work for change ${number}`, files);
    git(this.dir, ['checkout', '-q', 'main']);
    const [subject, body] = mergeMessage(host, number, branch);
    git(this.dir, ['merge', '-q', '--no-ff', branch, '-m', subject, ...(body ? ['-m', body] : [])], this.tick());
    return this;
  }

  /** A squash merge as GitHub writes it: one commit on main whose subject ends "(#N)". */
  squash(number: number, subject: string, files: Readonly<Record<string, string>>): this {
    return this.push(`${subject} (#${number})`, files);
  }

  /** `git clone --depth 1` of this repository into a new temp dir. */
  shallowClone(): string {
    const target = path.join(tempDir('mlops-scan-shallow-'), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${this.dir}`, target], { encoding: 'utf8' });
    return target;
  }

  private tick(): Record<string, string> {
    this.clock += 3_600_000;
    const date = new Date(this.clock).toISOString();
    return { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  }
}

function mergeMessage(host: PrHost, number: number, branch: string): [string, string | null] {
  switch (host) {
    case 'github':
      return [`Merge pull request #${number} from acme/${branch}`, `Change ${number}`];
    case 'bitbucket':
      return [`Merged in ${branch} (pull request #${number})`, null];
    case 'gitlab':
      return [`Merge branch '${branch}' into 'main'`, `Change ${number}\n\nSee merge request acme/churn-model!${number}`];
  }
}
