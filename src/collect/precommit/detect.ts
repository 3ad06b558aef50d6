import path from 'node:path';
import type { CollectorInput } from '../input.js';
import { huskyHooks, lefthookHooks, overcommitHooks, packageJsonHooks, preCommitHooks } from './managers.js';
import type { HookConfig, HookDefinition, HookManager, PrecommitFacts } from './model.js';
import { append } from '../../util/arrays.js';

type Reader = (context: Pick<CollectorInput, 'index' | 'parsed'>, file: string) => HookDefinition[];

/** Where each hook manager keeps its configuration. */
const MANAGERS: readonly { readonly tool: HookManager; readonly files: RegExp; readonly read: Reader; readonly shown: string }[] = [
  // Subprojects of a monorepo or course repository keep their own pre-commit config (see `atRoot`).
  { tool: 'pre-commit', files: /(^|\/)\.pre-commit-config\.ya?ml$/, read: preCommitHooks, shown: '.pre-commit-config.yaml (any folder)' },
  { tool: 'husky', files: /^\.husky\/[\w-]+$/, read: huskyHooks, shown: '.husky/*' },
  { tool: 'lefthook', files: /^\.?lefthook\.ya?ml$/, read: lefthookHooks, shown: 'lefthook.yml' },
  { tool: 'overcommit', files: /^\.overcommit\.ya?ml$/, read: overcommitHooks, shown: '.overcommit.yml' },
];

export async function detectPrecommit({ index, parsed }: CollectorInput): Promise<PrecommitFacts> {
  const hooks: HookDefinition[] = [];
  const configs: HookConfig[] = [];
  for (const manager of MANAGERS) {
    for (const file of index.files.filter((f) => manager.files.test(f))) {
      const found = manager.read({ index, parsed }, file);
      append(hooks, found);
      if (manager.tool !== 'husky' || found.length > 0) configs.push({ tool: manager.tool, file });
    }
  }
  for (const file of index.files.filter((f) => path.posix.basename(f) === 'package.json' && !f.includes('/'))) {
    const found = packageJsonHooks({ index, parsed }, file);
    append(hooks, found);
    for (const tool of new Set(found.map((h) => h.tool))) configs.push({ tool, file });
  }
  return {
    hooks,
    configs,
    lookedAt: [...MANAGERS.map((m) => m.shown), 'package.json (husky, simple-git-hooks)'],
  };
}
