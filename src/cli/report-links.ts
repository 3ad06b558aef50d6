import { InvalidArgumentError } from 'commander';
import { readGitPlace } from '../repo/git-remote.js';
import { forgeLinks, forgeOf, RELATIVE_LINKS, webUrlOfLinkBase, webUrlOfRemote, type EvidenceLinks } from '../report/evidence-links.js';

/** `--link-base URL`: the repository's web page, http(s) only; credentials in it are dropped. */
export function parseLinkBase(value: string): string {
  const web = webUrlOfLinkBase(value);
  if (web === null) throw new InvalidArgumentError('expected the repository\'s http(s) web address, such as https://github.com/org/repo.');
  return web;
}

/**
 * Where the Markdown and HTML reports link evidence: the file and line at the scanned commit on the forge
 * (`linkBase`, else the remote in the repository's git config when its host is a forge we know), else
 * relative to the repository root. Without a commit there is nothing stable to link to.
 */
export function evidenceLinksFor(target: string, commit: string | null, linkBase: string | undefined): EvidenceLinks {
  if (commit === null) return RELATIVE_LINKS;
  const place = readGitPlace(target);
  if (place === null) return RELATIVE_LINKS;
  const web = linkBase ?? (place.remoteUrl === null ? null : webUrlOfRemote(place.remoteUrl));
  if (web === null) return RELATIVE_LINKS;
  const forge = forgeOf(web);
  // An unknown host's URL scheme is a guess; a person asking with --link-base accepts GitHub's.
  if (forge === 'generic' && linkBase === undefined) return RELATIVE_LINKS;
  return forgeLinks({ web, forge, commit, pathInRepo: place.pathInRepo });
}
