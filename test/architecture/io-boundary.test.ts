import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir, writeFiles } from '../helpers/fixture-repo.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const config = createRequire(import.meta.url)(path.join(ROOT, '.dependency-cruiser.cjs')) as { forbidden: IForbiddenRuleType[] };

/** Cruises a miniature project laid out like ours with the project's own rules. */
async function violationsIn(files: Record<string, string>): Promise<string[]> {
  const dir = tempDir('mlops-scan-arch-');
  writeFiles(dir, files);
  const result = await cruise(['src'], { baseDir: dir, ruleSet: { forbidden: config.forbidden }, validate: true });
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
}

describe('the I/O boundary (.dependency-cruiser.cjs, run by npm test over the real tree)', () => {
  it('fails a module outside src/repo that imports node:fs, child_process or worker_threads', async () => {
    const violations = await violationsIn({
      'src/answers/leak.ts': "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      'src/report/spawn.ts': "import { spawn } from 'child_process';\nexport const y = spawn;\n",
      'src/engine/threads.ts': "import { Worker } from 'node:worker_threads';\nexport const z = Worker;\n",
    });
    expect(violations).toEqual([
      'io-only-in-repo: src/answers/leak.ts -> fs',
      'io-only-in-repo: src/engine/threads.ts -> worker_threads',
      'io-only-in-repo: src/report/spawn.ts -> child_process',
    ]);
  });

  it('lets src/repo own them, and the parser pool own its threads but not the file system', async () => {
    const violations = await violationsIn({
      'src/repo/safe-read.ts': "import { openSync } from 'node:fs';\nexport const a = openSync;\n",
      'src/detectors/code/python-pool.ts': "import { Worker } from 'node:worker_threads';\nimport { existsSync } from 'node:fs';\nexport const b = [Worker, existsSync];\n",
    });
    expect(violations).toEqual(['no-threads-outside-the-pool: src/detectors/code/python-pool.ts -> fs']);
  });
});
