import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { git, tempDir } from './fixture-repo.js';

export type PrHost = 'github' | 'bitbucket' | 'gitlab';

/** Path → new content; null deletes the file. */
type Files = Readonly<Record<string, string | null>>;

const AUTHOR = 'Fixture Author <author@example.com>';

/**
 * Builds a repository's history in a temp dir the way teams land changes: `--no-ff` PR merges with
 * each host's message, squash merges "(#N)", and direct pushes to main. Every commit gets its own date
 * (one hour apart) so "last changed" is testable. The history is written with one `git fast-import`
 * when `dir` is first read (a process per commit made these tests slow on a busy machine).
 */
export class HistoryBuilder {
  private clock = Date.parse('2025-01-01T00:00:00Z');
  private stream: string[] = [];
  private marks = 0;
  private mainTip: number | null = null;
  private written = false;

  private constructor(private readonly folder: string) {}

  /** An empty repository (no commits yet) on branch main. */
  static empty(): HistoryBuilder {
    const builder = new HistoryBuilder(tempDir('mlops-scan-history-'));
    git(builder.folder, ['init', '-q']);
    return builder;
  }

  /** A repository with one initial commit of `files`. */
  static init(files: Files = { 'README.md': '# Project\n' }): HistoryBuilder {
    return HistoryBuilder.empty().push('Initial commit', files);
  }

  /** The repository on disk, main checked out; no commits can be added after this. */
  get dir(): string {
    if (!this.written && this.mainTip !== null) {
      execFileSync('git', ['fast-import', '--quiet'], { cwd: this.folder, input: this.stream.join('') });
      git(this.folder, ['checkout', '-q', '-f', 'main']);
    }
    this.written = true;
    return this.folder;
  }

  /** The ISO date the next commit will get. */
  get nextDate(): string {
    return new Date(this.clock + 3_600_000).toISOString();
  }

  /** A commit straight on main. */
  push(subject: string, files: Files, body?: string): this {
    this.mainTip = this.commit('main', message(subject, body), this.mainTip, null, files);
    return this;
  }

  /** A feature branch with one commit, merged into main with a merge commit carrying the host's message. */
  mergePr(number: number, files: Files, host: PrHost = 'github'): this {
    const branch = `feature-${number}`;
    const tip = this.commit(branch, `Work for change ${number}\n`, this.mainTip, null, files);
    const [subject, body] = mergeMessage(host, number, branch);
    // fast-import starts a commit from its first parent's tree, so the merge re-applies the branch's files.
    this.mainTip = this.commit('main', message(subject, body ?? undefined), this.mainTip, tip, files);
    return this;
  }

  /** A squash merge as GitHub writes it: one commit on main whose subject ends "(#N)". */
  squash(number: number, subject: string, files: Files): this {
    return this.push(`${subject} (#${number})`, files);
  }

  /** `git clone --depth 1` of this repository into a new temp dir. */
  shallowClone(): string {
    const target = path.join(tempDir('mlops-scan-shallow-'), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${this.dir}`, target], { encoding: 'utf8' });
    return target;
  }

  /**
   * Deletes the object `revision` names (e.g. `HEAD~2:src`, a tree; `HEAD~1:old.py`, a blob; `HEAD~3`, a
   * commit) from the written repository, as in a damaged or partial clone. fast-import writes a pack,
   * so the packs are first exploded into loose objects.
   */
  dropObject(revision: string): this {
    const sha = git(this.dir, ['rev-parse', revision]).trim();
    const packs = path.join(this.folder, '.git', 'objects', 'pack');
    const aside = tempDir('mlops-scan-pack-');
    const moved = readdirSync(packs)
      .filter((name) => name.endsWith('.pack'))
      .map((name) => {
        renameSync(path.join(packs, name), path.join(aside, name));
        return path.join(aside, name);
      });
    for (const other of readdirSync(packs)) rmSync(path.join(packs, other));
    for (const pack of moved) execFileSync('git', ['unpack-objects', '-q'], { cwd: this.folder, input: readFileSync(pack) });
    rmSync(path.join(this.folder, '.git', 'objects', sha.slice(0, 2), sha.slice(2)));
    return this;
  }

  private commit(branch: string, text: string, from: number | null, merge: number | null, files: Files): number {
    if (this.written) throw new Error('HistoryBuilder: the history was already written');
    this.clock += 3_600_000;
    const when = `${Math.floor(this.clock / 1000)} +0000`;
    const mark = ++this.marks;
    this.stream.push(
      `commit refs/heads/${branch}\nmark :${mark}\nauthor ${AUTHOR} ${when}\ncommitter ${AUTHOR} ${when}\n${data(text)}`,
      from === null ? '' : `from :${from}\n`,
      merge === null ? '' : `merge :${merge}\n`,
      ...Object.entries(files).map(([file, content]) => (content === null ? `D ${file}\n` : `M 100644 inline ${file}\n${data(content)}`)),
      '\n',
    );
    return mark;
  }
}

function data(text: string): string {
  return `data ${Buffer.byteLength(text)}\n${text}\n`;
}

function message(subject: string, body?: string): string {
  return body ? `${subject}\n\n${body}\n` : `${subject}\n`;
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
