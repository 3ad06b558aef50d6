/**
 * How a commit on the main line shows that it came through a pull/merge request, per criterion 18 of
 * the spec. Each marker is tested against the subject, or the body where the host writes it there.
 */
export interface PrMarker {
  readonly host: string;
  readonly where: 'subject' | 'body';
  readonly pattern: RegExp;
}

export const PR_MARKERS: readonly PrMarker[] = [
  // GitHub merge commit: "Merge pull request #12 from owner/branch".
  { host: 'GitHub merge', where: 'subject', pattern: /^Merge pull request #\d+/ },
  // Bitbucket merge commit: "Merged in feature (pull request #7)".
  { host: 'Bitbucket', where: 'subject', pattern: /\(pull request #\d+\)/ },
  // GitLab merge commit: the "See merge request group/project!3" trailer sits in the body.
  { host: 'GitLab', where: 'subject', pattern: /See merge request / },
  { host: 'GitLab', where: 'body', pattern: /See merge request / },
  // GitHub/Gitea squash merge: "Add feature (#12)".
  { host: 'squash merge', where: 'subject', pattern: /\(#\d+\)\s*$/ },
];

export function cameThroughPr(subject: string, body: string): boolean {
  return PR_MARKERS.some((marker) => marker.pattern.test(marker.where === 'subject' ? subject : body));
}
