import path from 'node:path';
import type { ParsedFiles } from '../../repo/parsed-files.js';
import type { RepoIndex } from '../../repo/repo-index.js';
import type { OwnershipFile, OwnershipKind } from './model.js';

/** https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-code-owners */
const CODEOWNERS = /^(\.github\/|\.gitlab\/|docs\/)?CODEOWNERS$/;
const MAINTAINERS = /^maintainers(\.(md|txt|rst|adoc))?$/i;
/** Kubernetes-style OWNERS files (https://www.kubernetes.dev/docs/guide/owners/). */
const OWNERS = /^owners(\.(md|txt))?$/i;

/** CODEOWNERS, MAINTAINERS and OWNERS files that name at least one person or team. */
export function ownershipFiles(index: RepoIndex, parsed: ParsedFiles): OwnershipFile[] {
  const found: OwnershipFile[] = [];
  for (const file of index.files) {
    const base = path.posix.basename(file);
    const kind: OwnershipKind | null = CODEOWNERS.test(file)
      ? 'codeowners'
      : MAINTAINERS.test(base)
        ? 'maintainers'
        : OWNERS.test(base)
          ? 'owners'
          : null;
    if (!kind) continue;
    const entries = kind === 'owners' && base === 'OWNERS' ? ownersYamlEntries(parsed.yaml(file)) : null;
    const lines = index.lines(file);
    const named = lines
      .map((line, at) => ({ line: line.trim(), at: at + 1 }))
      .filter(({ line }) => line !== '' && !line.startsWith('#') && !line.startsWith('<!--'))
      .filter(({ line }) => (kind === 'codeowners' ? /\s(@[\w.-]+(\/[\w.-]+)?|[\w.+-]+@[\w.-]+)/.test(line) : /\w/.test(line)));
    const count = entries ?? named.length;
    if (count > 0) found.push({ file, kind, entries: count, line: named[0]?.at ?? 1 });
  }
  return found;
}

function ownersYamlEntries(data: unknown): number | null {
  if (data === null || typeof data !== 'object') return null;
  let count = 0;
  for (const key of ['approvers', 'reviewers', 'owners']) {
    const list = (data as Record<string, unknown>)[key];
    if (Array.isArray(list)) count += list.length;
  }
  return count;
}
