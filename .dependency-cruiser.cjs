// The architecture, checked in `npm test` (dependency-cruiser). The scanned repository is untrusted, so
// every read, write and child process goes through src/repo/ (one safe reader, one writer, one git
// runner); nothing else may reach the file system or start a process.
const IO_MODULES = '^(node:)?(fs|fs/promises|child_process|worker_threads)$|^simple-git$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'io-only-in-repo',
      severity: 'error',
      comment: 'File system, child processes and threads are reached only through src/repo/ (safe-read, safe-write, git).',
      from: {
        path: '^(src|rules)/',
        pathNot: [
          '^src/repo/',
          // The Python parser pool owns its worker threads until the worker pool moves into src/repo/.
          '^src/detectors/code/python-(pool|worker)\\.ts$',
        ],
      },
      to: { path: IO_MODULES, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-threads-outside-the-pool',
      severity: 'error',
      comment: 'The parser pool may start threads, but it reads and writes nothing itself.',
      from: { path: '^src/detectors/code/python-(pool|worker)\\.ts$' },
      to: { path: '^(node:)?(fs|fs/promises|child_process)$|^simple-git$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
