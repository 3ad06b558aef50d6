import { createFacts } from '../evidence/scan-facts.js';
import { RepoIndex, type IndexOptions, type IndexSource } from '../repo/repo-index.js';
import type { ScanResult } from './results.js';
import { NothingToScanError, scanIndex } from './scan.js';

/** Scans a tree that is not the work tree (a past commit, see repo/tree-source.ts). */
export async function scanSource(source: IndexSource, options: IndexOptions = {}): Promise<ScanResult> {
  const index = RepoIndex.fromSource(source, options);
  if (index.files.length === 0) throw new NothingToScanError(`nothing to scan: ${source.root} holds no files at commit ${source.git?.head ?? '?'}`);
  return scanIndex(index, createFacts(index), {});
}
