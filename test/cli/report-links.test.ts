import { appendFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { remoteUrlInConfig } from '../../src/repo/git-remote.js';
import { evidenceLinksFor } from '../../src/cli/report-links.js';
import { fixtureCopy, git, tempDir } from '../helpers/fixture-repo.js';
import { makeFifo } from '../helpers/hostile-repo.js';
import { runCli } from './run-cli.js';

const FIXTURE = 'code-python-mlflow-fastapi';

/** A checkout of the fixture whose .git/config names `url` as origin, and its commit. */
function checkoutWithRemote(url: string | null): { dir: string; commit: string } {
  const dir = fixtureCopy(FIXTURE);
  if (url !== null) git(dir, ['remote', 'add', 'origin', url]);
  return { dir, commit: git(dir, ['rev-parse', 'HEAD']).trim() };
}

describe('the remote, read from .git/config as text', () => {
  it('takes origin\'s first url, reading quotes, escapes and comments as git does', () => {
    const config = [
      '[core]',
      '\turl = https://not-a-remote.example/x',
      '[remote "upstream"]',
      '\turl = https://github.com/upstream/repo',
      '[Remote "origin"] ; a comment',
      '\tURL = "git@github.com:org/repo.git" # pushed here',
      '\turl = https://second.example/ignored',
    ].join('\n');
    expect(remoteUrlInConfig(config)).toBe('git@github.com:org/repo.git');
  });

  it('falls back to the only remote, and to nothing when several remotes and no origin', () => {
    expect(remoteUrlInConfig('[remote "fork"]\n  url = https://gitlab.com/me/repo\n')).toBe('https://gitlab.com/me/repo');
    expect(remoteUrlInConfig('[remote "a"]\nurl = https://a.example/r\n[remote "b"]\nurl = https://b.example/r\n')).toBeNull();
    expect(remoteUrlInConfig('[core]\n\tbare = false\n')).toBeNull();
  });
});

describe('evidence links of a scanned checkout', () => {
  it('a CI remote with a token links to GitHub at the commit, without the token', () => {
    const { dir, commit } = checkoutWithRemote('https://x-access-token:ghs_SECRET@github.com/org/repo.git');
    const links = evidenceLinksFor(dir, commit, undefined);
    expect(links.repository).toBe('github.com/org/repo');
    expect(links.href('app/main.py', 9)).toBe(`https://github.com/org/repo/blob/${commit}/app/main.py#L9`);
  });

  it('the ssh form links to the forge', () => {
    const { dir, commit } = checkoutWithRemote('git@gitlab.com:group/proj.git');
    expect(evidenceLinksFor(dir, commit, undefined).href('a.py', 1)).toBe(`https://gitlab.com/group/proj/-/blob/${commit}/a.py#L1`);
  });

  it('a javascript: remote is refused: relative links', () => {
    const { dir, commit } = checkoutWithRemote('javascript:alert(1)');
    const links = evidenceLinksFor(dir, commit, undefined);
    expect(links.repository).toBeNull();
    expect(links.href('a.py', 1)).toBe('a.py#L1');
  });

  it('an unknown host, no remote or no commit: relative links', () => {
    const unknown = checkoutWithRemote('https://git.corp.example/team/repo.git');
    expect(evidenceLinksFor(unknown.dir, unknown.commit, undefined).href('a.py', 1)).toBe('a.py#L1');
    const none = checkoutWithRemote(null);
    expect(evidenceLinksFor(none.dir, none.commit, undefined).href('a.py', 1)).toBe('a.py#L1');
    expect(evidenceLinksFor(none.dir, null, 'https://github.com/org/repo').href('a.py', 1)).toBe('a.py#L1');
  });

  it('--link-base wins over the remote; an unknown host gets GitHub\'s form then', () => {
    const { dir, commit } = checkoutWithRemote('https://github.com/org/repo.git');
    expect(evidenceLinksFor(dir, commit, 'https://git.corp.example/team/repo').href('a.py', 2)).toBe(`https://git.corp.example/team/repo/blob/${commit}/a.py#L2`);
  });

  it('a folder scanned inside the work tree links with its path in the repository', () => {
    const { dir, commit } = checkoutWithRemote('https://github.com/org/mono');
    expect(evidenceLinksFor(path.join(dir, 'src'), commit, undefined).href('churn/train.py', 3)).toBe(`https://github.com/org/mono/blob/${commit}/src/churn/train.py#L3`);
  });
});

describe('a hostile .git/config gives relative links, or the origin it names, and never blocks', () => {
  const LEAK = 'https://github.com/leaked/from-outside';
  const configOf = (dir: string) => path.join(dir, '.git', 'config');

  it.each([
    ['a symlink to a config outside the tree', (dir: string) => {
      const outside = path.join(tempDir('outside-'), 'config');
      writeFileSync(outside, `[remote "origin"]\n\turl = ${LEAK}\n`);
      rmSync(configOf(dir));
      symlinkSync(outside, configOf(dir));
    }],
    ['2 MiB, the remote past the reader\'s cap', (dir: string) => {
      appendFileSync(configOf(dir), `${'# padding\n'.repeat(200_000)}[remote "origin"]\n\turl = ${LEAK}\n`);
    }],
    ['a FIFO', (dir: string) => {
      rmSync(configOf(dir));
      makeFifo(configOf(dir));
    }],
    ['an include of a config outside the tree', (dir: string) => {
      const outside = path.join(tempDir('outside-'), 'included');
      writeFileSync(outside, `[remote "origin"]\n\turl = ${LEAK}\n`);
      appendFileSync(configOf(dir), `[include]\n\tpath = ${outside}\n[remote "origin"]\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n`);
    }],
  ])('%s', (_, plant) => {
    const { dir, commit } = checkoutWithRemote(null);
    plant(dir);
    const links = evidenceLinksFor(dir, commit, undefined);
    expect(links.repository).toBeNull();
    expect(links.href('a.py', 1)).toBe('a.py#L1');
  });

  it('a .git file pointing at a git dir outside the tree', () => {
    const { dir: elsewhere, commit } = checkoutWithRemote(LEAK);
    const { dir } = checkoutWithRemote(null);
    rmSync(path.join(dir, '.git'), { recursive: true });
    writeFileSync(path.join(dir, '.git'), `gitdir: ${path.join(elsewhere, '.git')}\n`);
    expect(evidenceLinksFor(dir, commit, undefined).repository).toBeNull();
  });

  it('10,000 remotes with origin last, in CRLF lines: the origin, read at once', () => {
    const { dir, commit } = checkoutWithRemote(null);
    const others = Array.from({ length: 10_000 }, (_, i) => `[remote "r${i}"]\r\n\turl = https://github.com/other/r${i}\r\n`).join('');
    appendFileSync(configOf(dir), `${others}[remote "origin"]\r\n\turl = "https://ci:tok@github.com/org/repo.git"\r\n`);
    const started = Date.now();
    expect(evidenceLinksFor(dir, commit, undefined).repository).toBe('github.com/org/repo');
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('--link-base on the command line', () => {
  it('links the Markdown and HTML evidence to the forge at the scanned commit', async () => {
    const { dir, commit } = checkoutWithRemote(null);
    const md = await runCli([dir, '--format', 'markdown', '--link-base', 'https://user:token@github.com/org/repo/']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(new RegExp(`\\]\\(https://github\\.com/org/repo/blob/${commit}/src/churn/train\\.py#L\\d+\\)`));
    expect(md.stdout).not.toContain('token');
    const html = await runCli([dir, '--format', 'html', '--link-base', 'https://github.com/org/repo']);
    expect(html.stdout).toContain(`href="https://github.com/org/repo/blob/${commit}/src/churn/train.py#L`);
  });

  it('refuses a link base that is not http(s): exit 2, one line', async () => {
    const { dir } = checkoutWithRemote(null);
    const run = await runCli([dir, '--format', 'markdown', '--link-base', 'javascript:alert(1)']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('--link-base');
  });
});
