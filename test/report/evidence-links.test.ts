import { describe, expect, it } from 'vitest';
import { forgeLinks, forgeOf, RELATIVE_LINKS, repositoryName, webUrlOfLinkBase, webUrlOfRemote } from '../../src/report/evidence-links.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';

describe('a remote from the repository config, reduced to https://host/path', () => {
  it.each([
    ['https://x-access-token:ghs_s3cret@github.com/org/repo.git', 'https://github.com/org/repo'],
    ['https://oauth2:glpat-token@gitlab.example.com:8443/group/sub/proj.git/', 'https://gitlab.example.com/group/sub/proj'],
    ['git@github.com:org/repo.git', 'https://github.com/org/repo'],
    ['github.com:org/repo', 'https://github.com/org/repo'],
    ['ssh://git@bitbucket.org:22/team/repo.git', 'https://bitbucket.org/team/repo'],
    ['git://example.org/project.git', 'https://example.org/project'],
    ['https://GitHub.com/Org/Repo?ref=main#readme', 'https://github.com/Org/Repo'],
    ['https://myorg@dev.azure.com/myorg/My%20Project/_git/repo', 'https://dev.azure.com/myorg/My%20Project/_git/repo'],
    ['git@ssh.dev.azure.com:v3/myorg/proj/repo', 'https://dev.azure.com/myorg/proj/_git/repo'],
    ['ssh://git:ghp_token@github.com/org/repo', 'https://github.com/org/repo'],
    ['https://user%40corp:pw%3Atoken@github.com/org/repo', 'https://github.com/org/repo'],
    ['git@github.com:org/repo](javascript:alert(1))', 'https://github.com/org/repo%5D(javascript%3Aalert(1))'],
    ['git@github.com:org/re"po<b>`x`', 'https://github.com/org/re%22po%3Cb%3E%60x%60'],
    ['https://github.com/org@evil/repo', 'https://github.com/org%40evil/repo'],
    ['https://gïthub.com/org/repo', 'https://xn--gthub-cta.com/org/repo'],
  ])('%s → %s', (remote, web) => {
    expect(webUrlOfRemote(remote)).toBe(web);
  });

  it.each([
    'javascript:alert(1)',
    ' \t\u0001JaVaScRiPt:alert(1)',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'user:token@github.com:org/repo',
    'javascript://github.com/%0aalert(1)',
    'JavaScript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'file:///home/me/repo.git',
    'ext::sh -c touch% /tmp/pwned',
    '/srv/git/repo.git',
    '../sibling.git',
    'C:\\repos\\thing',
    'https://github.com/',
    'https://github.com/org/re%0apo',
    'https://[::1]/org/repo',
    '',
  ])('%j is refused', (remote) => {
    expect(webUrlOfRemote(remote)).toBeNull();
  });
});

describe('--link-base', () => {
  it('keeps the scheme and port a person gave, drops credentials, query and fragment', () => {
    expect(webUrlOfLinkBase('https://user:pw@git.corp.example:8443/team/repo/?x=1#y')).toBe('https://git.corp.example:8443/team/repo');
    expect(webUrlOfLinkBase('http://gitlab.local/group/proj')).toBe('http://gitlab.local/group/proj');
  });

  it('refuses anything but http(s)', () => {
    for (const value of ['javascript:alert(1)', 'ftp://example.org/repo', 'git@github.com:org/repo', 'not a url']) expect(webUrlOfLinkBase(value)).toBeNull();
  });
});

describe('links per forge, at the scanned commit', () => {
  const at = (web: string, pathInRepo = '') => forgeLinks({ web, forge: forgeOf(web), commit: SHA, pathInRepo });

  it('GitHub, also for a host it does not know (the --link-base case)', () => {
    expect(at('https://github.com/org/repo').href('src/train.py', 12)).toBe(`https://github.com/org/repo/blob/${SHA}/src/train.py#L12`);
    expect(forgeOf('https://git.corp.example/team/repo')).toBe('generic');
    expect(at('https://git.corp.example/team/repo').href('README.md', null)).toBe(`https://git.corp.example/team/repo/blob/${SHA}/README.md`);
  });

  it('GitLab, Bitbucket and Azure DevOps', () => {
    expect(at('https://gitlab.com/group/proj').href('a.py', 3)).toBe(`https://gitlab.com/group/proj/-/blob/${SHA}/a.py#L3`);
    expect(at('https://gitlab.example.com/group/proj').href('a.py', 3)).toBe(`https://gitlab.example.com/group/proj/-/blob/${SHA}/a.py#L3`);
    expect(at('https://bitbucket.org/team/repo').href('a.py', 3)).toBe(`https://bitbucket.org/team/repo/src/${SHA}/a.py#lines-3`);
    expect(at('https://dev.azure.com/org/proj/_git/repo').href('src/a b.py', 3)).toBe(
      `https://dev.azure.com/org/proj/_git/repo?path=%2Fsrc%2Fa%20b.py&version=GC${SHA}&line=3&lineEnd=4&lineStartColumn=1&lineEndColumn=1&lineStyle=plain&_a=contents`,
    );
  });

  it('prefixes the scanned folder inside the repository and percent-encodes each segment', () => {
    expect(at('https://github.com/org/mono', 'services/churn').href('my model/#1.py', 2)).toBe(
      `https://github.com/org/mono/blob/${SHA}/services/churn/my%20model/%231.py#L2`,
    );
  });

  it('links nothing that is not a path inside the tree', () => {
    for (const file of ['/etc/passwd', '../outside.md', 'javascript:alert(1)', '']) {
      expect(at('https://github.com/org/repo').href(file, 1)).toBeNull();
      expect(RELATIVE_LINKS.href(file, 1)).toBeNull();
    }
  });

  it('relative links otherwise, and the folder name as the repository', () => {
    expect(RELATIVE_LINKS.href('src/train.py', 12)).toBe('src/train.py#L12');
    expect(repositoryName('/home/me/churn-model', RELATIVE_LINKS)).toBe('churn-model');
    expect(repositoryName('/home/me/churn-model', at('https://github.com/org/repo'))).toBe('github.com/org/repo');
  });
});
