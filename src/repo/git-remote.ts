import path from 'node:path';
import { findGitDir } from './git.js';
import { entryKind, readInTree } from './safe-read.js';

/** Where the scanned folder sits in its git work tree, and the remote its config names. */
export interface GitPlace {
  /** The scanned folder inside the work tree, `/`-separated, '' at the top. */
  readonly pathInRepo: string;
  /**
   * The `origin` remote's url (else the only remote's) exactly as `.git/config` writes it, or null.
   * Untrusted: it may carry a token, or be `javascript:`; the report layer reduces it before use.
   */
  readonly remoteUrl: string | null;
}

const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * Reads the remote from `.git/config` as plain text through the safe reader. git itself is never given
 * that file (see git.ts), and `insteadOf` rewrites or includes in it are not applied. Null outside a work
 * tree, or when its git dir cannot be used safely.
 */
export function readGitPlace(dir: string): GitPlace | null {
  const start = path.resolve(dir);
  // The scan itself reports an unusable .git; here it only means "no place to link to".
  const found = findGitDir(start, () => undefined);
  if (!found) return null;
  const pathInRepo = path.relative(found.top, start).split(path.sep).join('/');
  if (entryKind(path.join(found.gitDir.path, 'config')) !== 'file') return { pathInRepo, remoteUrl: null };
  const read = readInTree(found.gitDir, 'config', MAX_CONFIG_BYTES);
  return { pathInRepo, remoteUrl: read.ok ? remoteUrlInConfig(read.bytes.toString('utf8')) : null };
}

/**
 * The first `url` of `[remote "origin"]`, else of the only remote, in git-config text
 * (https://git-scm.com/docs/git-config#_syntax). A small reader rather than a library: one key is
 * needed, and its value is validated as a URL afterwards, so a line it cannot read only means no link.
 */
export function remoteUrlInConfig(text: string): string | null {
  const urls = new Map<string, string>();
  let remote: string | null = null;
  for (const line of text.split(/\r?\n/)) {
    const section = /^\s*\[\s*([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]/.exec(line);
    if (section) {
      remote = section[1]?.toLowerCase() === 'remote' && section[2] !== undefined ? section[2].replace(/\\(.)/g, '$1') : null;
      continue;
    }
    const entry = /^\s*([A-Za-z][A-Za-z0-9-]*)\s*=(.*)$/.exec(line);
    if (remote !== null && entry?.[1]?.toLowerCase() === 'url' && !urls.has(remote)) urls.set(remote, configValue(entry[2] ?? ''));
  }
  const origin = urls.get('origin');
  if (origin !== undefined) return origin || null;
  const [only, ...others] = [...urls.values()];
  return only && others.length === 0 ? only : null;
}

/** A git-config value: quotes removed, backslash escapes read, a `#` or `;` comment outside quotes dropped. */
function configValue(raw: string): string {
  let value = '';
  let quoted = false;
  for (let i = 0; i < raw.length; i += 1) {
    const c = raw[i];
    if (c === '\\') {
      const next = raw[i + 1];
      value += next === 'n' ? '\n' : next === 't' ? '\t' : (next ?? '');
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && (c === '#' || c === ';')) {
      break;
    } else {
      value += c;
    }
  }
  return value.trim();
}
