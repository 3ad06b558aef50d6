import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURES, tempDir } from '../helpers/fixture-repo.js';

// What `npm publish` would ship: what a user needs to run the CLI and read about it, nothing of the
// development (tests, fixtures, TypeScript sources, benchmarks). npm runs no script and uses no network
// here (--ignore-scripts: `npm test` has built dist/ already).
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUILT = existsSync(path.join(ROOT, 'dist/src/cli/main.js'));

function npmPack(args: readonly string[]): { filename: string; files: { path: string }[] } {
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--offline', ...args], { cwd: ROOT, encoding: 'utf8' });
  const [pack] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
  return pack!;
}

describe.skipIf(!BUILT)('the npm package', () => {
  it('holds the compiled CLI, its documentation and the JSON schemas, and nothing else', () => {
    const files = npmPack(['--dry-run']).files.map((f) => f.path).sort();
    const outsideDist = files.filter((f) => !f.startsWith('dist/'));
    expect(outsideDist).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'SECURITY.md', 'bin/mlops-scan.js', 'docs/criteria.md', 'package.json', 'schema/aggregate.schema.json', 'schema/report.schema.json', 'schema/trend.schema.json']);
    const dist = files.filter((f) => f.startsWith('dist/'));
    expect(dist).toContain('dist/src/cli/main.js');
    // Loaded by URL at run time, not through an import a bundler would see.
    expect(dist).toContain('dist/src/repo/pool-worker.js');
    expect(dist).toContain('dist/src/collect/code/python-task.js');
    for (const file of dist) {
      expect(file).toMatch(/^dist\/src\/.+\.js$/);
      // A compiled file whose source is gone would ship dead code: rebuild from a clean dist/.
      expect(existsSync(path.join(ROOT, file.replace(/^dist\//, '').replace(/\.js$/, '.ts'))), `${file} has no source`).toBe(true);
    }
  });

  it('runs from the unpacked tarball: bin points at dist, and a scan works with the dependencies installed', () => {
    const dir = tempDir('mlops-scan-pack-');
    const { filename } = npmPack(['--pack-destination', dir]);
    execFileSync('tar', ['xzf', path.join(dir, filename), '-C', dir]);
    const unpacked = path.join(dir, 'package');
    const pkg = JSON.parse(readFileSync(path.join(unpacked, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    // The registry would install the dependencies; the checkout's node_modules stands in for them offline.
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(unpacked, 'node_modules'), 'dir');
    const bin = path.join(unpacked, pkg.bin['mlops-scan']!);
    const run = spawnSync(process.execPath, [bin, path.join(FIXTURES, 'answers-training-only'), '--quiet'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Score: \d+% yes/);
  });
});
