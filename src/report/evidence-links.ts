// Where a report's evidence links point: the file and line at the scanned commit on the forge that hosts
// the repository, or, when that is not known, a path relative to the repository root. The remote comes
// from the scanned repository's own git config, so it is untrusted: a CI checkout's remote carries a
// token, a hostile one `javascript:`. It is reduced to `https://host/path` or not used at all.

/** The hosts whose file-and-line URLs we know; `generic` is GitHub's form, used only for a --link-base. */
export type Forge = 'github' | 'gitlab' | 'bitbucket' | 'azure-devops' | 'generic';

export interface EvidenceLinks {
  /** The repository as a reader knows it (`github.com/org/repo`), or null when only the folder is known. */
  readonly repository: string | null;
  /** The URL that shows `file` (at `line`), or null when `file` is not a path inside the tree. */
  href(file: string, line: number | null): string | null;
}

/** Links relative to the repository root (`src/app.py#L12`), as GitHub and GitLab resolve them in a file. */
export const RELATIVE_LINKS: EvidenceLinks = {
  repository: null,
  href: (file, line) => (isRepositoryPath(file) ? `${encodePath(file)}${line === null ? '' : `#L${line}`}` : null),
};

export interface ForgeLinkBase {
  /** `https://host/path` of the repository's web page, no trailing slash. */
  readonly web: string;
  readonly forge: Forge;
  /** The scanned commit's sha. */
  readonly commit: string;
  /** The scanned folder inside the repository ('' at the top): evidence paths are relative to it. */
  readonly pathInRepo: string;
}

/** Links to the file and line at the scanned commit on the forge. */
export function forgeLinks(base: ForgeLinkBase): EvidenceLinks {
  return {
    repository: base.web.replace(/^https?:\/\//, ''),
    href: (file, line) => (isRepositoryPath(file) ? fileUrl(base, base.pathInRepo === '' ? file : `${base.pathInRepo}/${file}`, line) : null),
  };
}

function fileUrl({ web, forge, commit }: ForgeLinkBase, file: string, line: number | null): string {
  const filePath = encodePath(file);
  switch (forge) {
    case 'github':
    case 'generic':
      return `${web}/blob/${commit}/${filePath}${line === null ? '' : `#L${line}`}`;
    case 'gitlab':
      return `${web}/-/blob/${commit}/${filePath}${line === null ? '' : `#L${line}`}`;
    case 'bitbucket':
      return `${web}/src/${commit}/${filePath}${line === null ? '' : `#lines-${line}`}`;
    case 'azure-devops': {
      // https://learn.microsoft.com/azure/devops/repos/git/repository?view=azure-devops (a file view's URL)
      const lines = line === null ? '' : `&line=${line}&lineEnd=${line + 1}&lineStartColumn=1&lineEndColumn=1&lineStyle=plain&_a=contents`;
      return `${web}?path=${encodeURIComponent(`/${file}`)}&version=GC${commit}${lines}`;
    }
  }
}

/** The forge a web URL's host belongs to; self-hosted GitHub and GitLab are recognised by their usual host names. */
export function forgeOf(web: string): Forge {
  const host = new URL(web).hostname;
  if (host === 'github.com' || host.startsWith('github.')) return 'github';
  if (host === 'gitlab.com' || host.startsWith('gitlab.')) return 'gitlab';
  if (host === 'bitbucket.org') return 'bitbucket';
  if (host === 'dev.azure.com' || host.endsWith('.visualstudio.com')) return 'azure-devops';
  return 'generic';
}

const REMOTE_SCHEMES = new Set(['https:', 'http:', 'ssh:', 'git:', 'git+ssh:', 'ssh+git:']);
const HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;

/**
 * A remote from the repository's config as `https://host/path`: user, password or token, port, query and
 * fragment dropped, `.git` removed; `git@host:org/repo.git` read as `https://host/org/repo`. Null for any
 * other scheme (`javascript:`, `file:`, `ext::`), a local path or a host that is not a plain host name.
 */
export function webUrlOfRemote(remote: string): string | null {
  const scp = /^(?:[^@/:\s]+@)?([^@/:\s]+):(?!\/\/)(.+)$/.exec(remote.trim());
  if (scp && !remote.includes('://')) {
    // git's `host:path` form; a host without a dot (`javascript:alert(1)`, `C:\repo`) is not read as one.
    const host = scp[1]?.toLowerCase() ?? '';
    return host.includes('.') ? webUrl(host, scp[2] ?? '') : null;
  }
  const url = parseUrl(remote);
  return url !== null && REMOTE_SCHEMES.has(url.protocol) ? webUrl(url.hostname, decodeURIComponentSafe(url.pathname)) : null;
}

/** A --link-base the user gave: http(s) only (else null), credentials, query and fragment dropped, port kept. */
export function webUrlOfLinkBase(value: string): string | null {
  const url = parseUrl(value);
  if (url === null || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
  const segments = pathSegments(decodeURIComponentSafe(url.pathname));
  return segments === null ? null : `${url.protocol}//${url.host}${segments.map((s) => `/${encodeURIComponent(s)}`).join('')}`;
}

function webUrl(host: string, rawPath: string): string | null {
  if (!HOST.test(host)) return null;
  const segments = pathSegments(rawPath.replace(/\.git\/?$/, ''));
  if (segments === null || segments.length === 0) return null;
  const azure = azureSshPath(host, segments);
  if (azure) return azure;
  return `https://${host}${segments.map((s) => `/${encodeURIComponent(s)}`).join('')}`;
}

/** Azure DevOps ssh remotes (`ssh.dev.azure.com:v3/org/project/repo`) have a different path from the web page. */
function azureSshPath(host: string, segments: readonly string[]): string | null {
  if ((host !== 'ssh.dev.azure.com' && !host.endsWith('vs-ssh.visualstudio.com')) || segments[0] !== 'v3' || segments.length !== 4) return null;
  const [, org = '', project = '', repo = ''] = segments.map(encodeURIComponent);
  return `https://dev.azure.com/${org}/${project}/_git/${repo}`;
}

/** The path's segments, or null when one is `.`, `..` or holds a control character. */
function pathSegments(rawPath: string): string[] | null {
  const segments = rawPath.split('/').filter((s) => s !== '');
  // eslint-disable-next-line no-control-regex -- a control character in a path is the thing refused
  return segments.some((s) => s === '.' || s === '..' || /[\u0000-\u001f\u007f]/.test(s)) ? null : segments;
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text.trim());
  } catch {
    return null;
  }
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A path inside the scanned tree: relative, no `..`, no scheme (evidence may also name a glob or prose). */
export function isRepositoryPath(file: string): boolean {
  return file !== '' && !file.startsWith('/') && !/^[a-z][a-z0-9+.-]*:/i.test(file) && !file.split('/').includes('..');
}

/** A repository-relative URI reference: each path segment percent-encoded, `/` kept. */
export function encodePath(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** The name a report gives the scanned repository: its forge path when known, else its folder's name. */
export function repositoryName(targetPath: string, links: EvidenceLinks): string {
  return links.repository ?? targetPath.split(/[\\/]/).filter((part) => part !== '').pop() ?? targetPath;
}
