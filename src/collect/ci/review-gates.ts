import ignore from 'ignore';
import { asRecord } from '../../util/records.js';
import type { CiContext } from './context.js';
import type { CodeOwnersEntry, ReviewGates, ReviewRule } from './model.js';

/** https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-code-owners */
const CODEOWNERS = /^(\.github\/|\.gitlab\/|docs\/)?CODEOWNERS$/;
/** Probot settings app (https://github.com/repository-settings/app): branch protection in the repository. */
const SETTINGS = '.github/settings.{yml,yaml}';
/** Code-review requirements declared with the GitHub or GitLab Terraform providers. */
const TERRAFORM_REVIEW_RESOURCES: readonly { readonly resource: RegExp; readonly reviews: RegExp; readonly note: string }[] = [
  // https://registry.terraform.io/providers/integrations/github/latest/docs/resources/branch_protection
  { resource: /^\s*resource\s+"github_branch_protection(_v3)?"/, reviews: /^\s*required_pull_request_reviews\s*\{/, note: 'github_branch_protection with required pull request reviews' },
  // https://registry.terraform.io/providers/integrations/github/latest/docs/resources/repository_ruleset
  { resource: /^\s*resource\s+"github_(organization_)?repository_ruleset"/, reviews: /^\s*required_approving_review_count\s*=\s*[1-9]/, note: 'github ruleset requiring approving reviews' },
  // https://registry.terraform.io/providers/gitlabhq/gitlab/latest/docs/resources/project_approval_rule
  { resource: /^\s*resource\s+"gitlab_project_approval_rule"/, reviews: /^\s*approvals_required\s*=\s*[1-9]/, note: 'gitlab_project_approval_rule requiring approvals' },
  { resource: /^\s*resource\s+"gitlab_project"/, reviews: /^\s*approvals_before_merge\s*=\s*[1-9]/, note: 'gitlab_project with approvals before merge' },
];

/** CODEOWNERS entries and review requirements (branch protection, approval rules) kept as code. */
export function reviewGates({ index, parsed }: CiContext): ReviewGates {
  const codeOwners: CodeOwnersEntry[] = [];
  for (const file of index.files.filter((f) => CODEOWNERS.test(f))) {
    index.lines(file).forEach((raw, i) => {
      const line = raw.replace(/(^|\s)#.*$/, '').trim();
      // GitLab sections (`[Backend][2] @team`) set default owners for the entries below; they are not paths.
      if (line === '' || line.startsWith('[') || line.startsWith('^[')) return;
      const [pattern, ...owners] = line.split(/\s+/);
      if (pattern) codeOwners.push({ file, line: i + 1, pattern, owners: owners.filter((o) => /^@|@/.test(o)).length });
    });
  }
  const rules: ReviewRule[] = [...settingsRules(index, parsed), ...terraformRules(index)];
  return { codeOwners, rules, lookedAt: ['CODEOWNERS (root, .github/, .gitlab/, docs/)', '.github/settings.yml', 'Terraform github_branch_protection / github_repository_ruleset / gitlab approval rules'] };
}

function settingsRules(index: CiContext['index'], parsed: CiContext['parsed']): ReviewRule[] {
  const found: ReviewRule[] = [];
  for (const file of index.matching(SETTINGS)) {
    const data = parsed.yaml(file);
    const branches = asRecord(data)?.branches;
    for (const branch of Array.isArray(branches) ? (branches as unknown[]) : []) {
      const reviews = asRecord(asRecord(asRecord(branch)?.protection)?.required_pull_request_reviews);
      const count = reviews?.required_approving_review_count;
      if (!reviews || (typeof count === 'number' && count < 1)) continue;
      const name = asRecord(branch)?.name;
      found.push({
        file,
        line: parsed.findLine(file, /^\s*required_(approving_review_count|pull_request_reviews)\s*:/),
        note: `branch protection${typeof name === 'string' ? ` on ${name}` : ''} requires ${typeof count === 'number' ? count : 'an'} approving review${count === 1 || count === undefined ? '' : 's'}`,
      });
    }
  }
  return found;
}

function terraformRules(index: CiContext['index']): ReviewRule[] {
  const found: ReviewRule[] = [];
  for (const file of index.matching(['**/*.tf'])) {
    const lines = index.lines(file);
    for (const kind of TERRAFORM_REVIEW_RESOURCES) {
      let inside = false;
      lines.forEach((line, i) => {
        if (/^\s*resource\s+"/.test(line)) inside = kind.resource.test(line);
        if (inside && kind.reviews.test(line)) {
          found.push({ file, line: i + 1, note: kind.note });
          inside = false;
        }
      });
    }
  }
  return found;
}

/**
 * The CODEOWNERS entry that decides who owns `file`: the last matching pattern wins, and an entry
 * without owners leaves the file unowned (GitHub's semantics). Null when no pattern matches.
 */
export function ownerEntry(entries: readonly CodeOwnersEntry[], file: string): CodeOwnersEntry | null {
  let decided: CodeOwnersEntry | null = null;
  for (const entry of entries) if (matches(entry.pattern, file)) decided = entry;
  return decided !== null && decided.owners > 0 ? decided : null;
}

const matchers = new Map<string, ReturnType<typeof ignore>>();

function matches(pattern: string, file: string): boolean {
  let matcher = matchers.get(pattern);
  if (!matcher) {
    matcher = ignore().add(pattern);
    matchers.set(pattern, matcher);
  }
  try {
    return matcher.ignores(file);
  } catch {
    return false;
  }
}

/** How far review gates reach over a set of files: review rules apply to all, CODEOWNERS to the files it owns. */
export interface ReviewCoverage {
  /** Branch protection / approval rules requiring reviews (they cover every file of the protected branch). */
  readonly rules: readonly ReviewRule[];
  /** CODEOWNERS entries owning at least one of the files, each once. */
  readonly owners: readonly CodeOwnersEntry[];
  readonly ownedFiles: number;
  readonly totalFiles: number;
}

export function reviewCoverage(gates: ReviewGates | undefined, files: readonly string[]): ReviewCoverage {
  const owners = new Map<string, CodeOwnersEntry>();
  let ownedFiles = 0;
  for (const file of files) {
    const entry = ownerEntry(gates?.codeOwners ?? [], file);
    if (!entry) continue;
    ownedFiles++;
    owners.set(`${entry.file}:${entry.line}`, entry);
  }
  return { rules: gates?.rules ?? [], owners: [...owners.values()], ownedFiles, totalFiles: files.length };
}
