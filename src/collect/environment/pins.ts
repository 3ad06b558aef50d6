import { PACKAGING_TOOLS } from './known-files.js';

/**
 * Whether a dependency names one exact version. Ranges (`~=`, `>=`, `^`), wildcards (`==1.2.*`) and bare
 * names are not pins (spec, criterion 20); a hash or a commit sha is.
 */

const COMMIT_SHA = /@[0-9a-f]{40}\b/;
const ARTIFACT = /\.(whl|tar\.gz|zip)(#|$)|#sha256=/;

/** A pip requirement (PEP 508 or pip's URL forms); null when it is not a package (a local path). */
export function pipRequirementPinned(requirement: string): boolean | null {
  if (/(^|\s)--hash[=\s]/.test(requirement)) return true;
  const spec = requirement.split(/\s+--?[a-z]/)[0]?.split(';')[0]?.trim() ?? '';
  if (spec === '' || isLocalPath(spec)) return null;
  if (/^(git\+|hg\+|svn\+|bzr\+|https?:|file:)/.test(spec) || spec.includes(' @ ') || /^[\w.-]+@/.test(spec)) {
    return COMMIT_SHA.test(spec) || ARTIFACT.test(spec);
  }
  const match = /^[A-Za-z0-9][A-Za-z0-9._-]*\s*(\[[^\]]*\])?\s*(.*)$/.exec(spec);
  if (!match) return null;
  return /^===?\s*[^\s,*<>=!~]+$/.test(match[2]?.trim() ?? '');
}

/** A conda match spec: `numpy=1.26`, `numpy==1.26.4`, `numpy 1.26.4`, `conda-forge::numpy=1.26.4=py311_0`. */
export function condaSpecPinned(spec: string): boolean {
  const bare = spec.trim().replace(/^[\w.-]+::/, '');
  const match = /^[A-Za-z0-9_.-]+\s*(.*)$/.exec(bare);
  const version = match?.[1]?.trim() ?? '';
  return /^(==?)?\s*\d[^\s<>!~*,|=]*(=\S+)?$/.test(version);
}

/** A container image reference: pinned by digest, or by a tag that carries a version number. */
export function imagePinned(reference: string): boolean {
  if (/@sha256:[0-9a-f]{64}$/.test(reference)) return true;
  const lastSegment = reference.slice(reference.lastIndexOf('/') + 1);
  const colon = lastSegment.indexOf(':');
  if (colon === -1) return false;
  const tag = lastSegment.slice(colon + 1);
  // `latest`, `slim`, `stable`, `bookworm` float; a version number (3.11-slim, 22.04, 1-3.11) does not.
  return tag !== 'latest' && /\d/.test(tag);
}

export function isLocalPath(spec: string): boolean {
  return /^(\.{1,2}(\/|$)|\/|~)/.test(spec) || /^[\w.-]+\/$/.test(spec);
}

/**
 * `pip install -U pip setuptools`, `pip install pipenv` before `pipenv install --deploy`, a conda env's
 * bare `- pip`: these install the packaging tools, not the project's dependencies.
 */
export function isPackagingTool(spec: string): boolean {
  const name = /^[A-Za-z0-9][A-Za-z0-9._-]*/.exec(spec.trim())?.[0]?.toLowerCase().replace(/[-_.]+/g, '-');
  return name !== undefined && PACKAGING_TOOLS.has(name);
}
