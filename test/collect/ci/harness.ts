import { detectCi } from '../../../src/collect/ci/detect.js';
import type { CiFacts, CiPipeline } from '../../../src/collect/ci/model.js';
import { ParsedFiles } from '../../../src/repo/parsed-files.js';
import { RepoIndex, type SkippedFile } from '../../../src/repo/repo-index.js';
import { tempDir, writeFiles } from '../../helpers/fixture-repo.js';

/** Runs the CI detector over files written to a plain temp folder. */
export async function detectFrom(files: Readonly<Record<string, string>>): Promise<{ ci: CiFacts; skipped: SkippedFile[] }> {
  const dir = tempDir('mlops-scan-ci-');
  writeFiles(dir, files);
  const index = await RepoIndex.open(dir);
  const ci = await detectCi({ index, parsed: new ParsedFiles(index) });
  return { ci, skipped: index.skipped };
}

export function only(ci: CiFacts): CiPipeline {
  if (ci.pipelines.length !== 1) throw new Error(`expected one pipeline, got ${ci.pipelines.length}`);
  return ci.pipelines[0]!;
}

/** The first line number (1-based) of `needle` in `text`, to keep expected lines honest. */
export function lineOf(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  if (at === -1) throw new Error(`${needle} not in text`);
  return text.slice(0, at).split('\n').length;
}
