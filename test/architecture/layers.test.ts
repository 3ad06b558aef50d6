import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir, writeFiles } from '../helpers/fixture-repo.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const config = createRequire(import.meta.url)(path.join(ROOT, '.dependency-cruiser.cjs')) as { forbidden: IForbiddenRuleType[] };

/**
 * `npm test` runs dependency-cruiser over the real tree (`npm run check:architecture`); these tests show
 * that its rules catch what they are for, on miniature projects laid out like ours.
 */
async function violationsIn(files: Record<string, string>): Promise<string[]> {
  const dir = tempDir('mlops-scan-arch-');
  writeFiles(dir, files);
  const result = await cruise(['src'], { baseDir: dir, ruleSet: { forbidden: config.forbidden }, validate: true });
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();
}

/** A module importing `imports` and using each (an unused import would be elided, and no dependency). */
const module = (...imports: string[]): string =>
  `${imports.map((from, i) => `import * as m${i} from '${from}';`).join('\n')}\nexport const used = [${imports.map((_, i) => `m${i}`).join(', ')}];\n`;

describe('the architecture rules (.dependency-cruiser.cjs)', () => {
  it('fail a module outside src/repo that imports node:fs, child_process or worker_threads', async () => {
    expect(
      await violationsIn({
        'src/answers/leak.ts': module('node:fs'),
        'src/report/spawn.ts': module('child_process'),
        'src/engine/threads.ts': module('node:worker_threads'),
      }),
    ).toEqual([
      'io-only-in-repo: src/answers/leak.ts -> fs',
      'io-only-in-repo: src/engine/threads.ts -> worker_threads',
      'io-only-in-repo: src/report/spawn.ts -> child_process',
    ]);
  });

  it('let src/repo own them, and the worker pool own its threads but not the file system', async () => {
    expect(
      await violationsIn({
        'src/repo/safe-read.ts': module('node:fs'),
        'src/repo/worker-pool.ts': module('node:worker_threads', 'node:fs'),
        'src/collect/code/python-pool.ts': module('node:worker_threads'),
      }),
    ).toEqual(['io-only-in-repo: src/collect/code/python-pool.ts -> worker_threads', 'no-threads-outside-the-pool: src/repo/worker-pool.ts -> fs']);
  });

  it('fail an upward import: a collector using the profile, knowledge using evidence, a rule using the engine', async () => {
    expect(
      await violationsIn({
        'src/profile/profile.ts': module(),
        'src/evidence/usages.ts': module(),
        'src/engine/scan.ts': module(),
        'src/collect/ci/detect.ts': module('../../profile/profile.js'),
        'src/knowledge/tracking.ts': module('../evidence/usages.js'),
        'src/criteria/c18-prs.ts': module('../engine/scan.js'),
      }),
    ).toEqual([
      'no-upward-import-from-collect: src/collect/ci/detect.ts -> src/profile/profile.ts',
      'no-upward-import-from-criteria: src/criteria/c18-prs.ts -> src/engine/scan.ts',
      'no-upward-import-from-knowledge: src/knowledge/tracking.ts -> src/evidence/usages.ts',
    ]);
  });

  it("fail a cycle, and a collector reading another collector's facts", async () => {
    expect(
      await violationsIn({
        'src/evidence/a.ts': module('./b.js'),
        'src/evidence/b.ts': module('./a.js'),
        'src/collect/code/model.ts': module(),
        'src/collect/code/file-kinds.ts': module(),
        'src/collect/docs/detect.ts': module('../code/model.js', '../code/file-kinds.js'),
      }),
    ).toEqual([
      'collectors-see-only-the-repository: src/collect/docs/detect.ts -> src/collect/code/model.ts',
      'no-cycles: src/evidence/a.ts -> src/evidence/b.ts',
    ]);
  });
});
