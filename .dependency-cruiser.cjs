// The architecture, checked in `npm test` (dependency-cruiser). The folders of src/ are layers; a module
// imports only from its own layer or the ones below it, never in a cycle. The scanned repository is
// untrusted, so every read, write and child process goes through src/repo/ (one safe reader, one
// writer, one git runner); nothing else may reach the file system or start a process.

/** Bottom to top (CONTRIBUTING.md draws them). util and model are the floor every layer may use. */
const LAYERS = ['util|model', 'repo', 'knowledge', 'collect', 'evidence', 'profile', 'criteria', 'engine', 'answers', 'report', 'cli'];

const upward = LAYERS.slice(0, -1).map((layer, rank) => ({
  name: `no-upward-import-from-${layer.replace('|', '-')}`,
  severity: 'error',
  comment: `src/{${layer}} sits below ${LAYERS.slice(rank + 1).join(', ')} and may not import from them.`,
  from: { path: `^src/(${layer})/` },
  to: { path: `^src/(${LAYERS.slice(rank + 1).join('|')})/` },
}));

const IO_MODULES = '^(node:)?(fs|fs/promises|child_process|worker_threads)$|^simple-git$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'io-only-in-repo',
      severity: 'error',
      comment: 'File system, child processes and threads are reached only through src/repo/ (safe-read, safe-write, git, the worker pool).',
      from: { path: '^src/', pathNot: '^src/repo/' },
      to: { path: IO_MODULES, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-threads-outside-the-pool',
      severity: 'error',
      comment: 'The worker pool may start threads, but it reads and writes nothing itself (its workers run collectors\' tasks).',
      from: { path: '^src/repo/(worker-pool|pool-worker)\\.ts$' },
      to: { path: '^(node:)?(fs|fs/promises|child_process)$|^simple-git$' },
    },
    { name: 'no-cycles', severity: 'error', comment: 'Layers are a stack, and so are the modules inside one.', from: {}, to: { circular: true } },
    {
      name: 'collectors-see-only-the-repository',
      severity: 'error',
      comment: "A collector reads the repository (through src/repo/) and knowledge, never another collector's facts: joining them is the evidence layer's job. Helpers in another collector's folder may be shared.",
      from: { path: '^src/collect/([^/]+)/' },
      to: { path: '^src/collect/[^/]+/(detect|model)\\.ts$', pathNot: '^src/collect/$1/' },
    },
    ...upward,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
