import path from 'node:path';
import { loadAnswersFile, type AnswersOrigin } from '../answers/answers-file.js';
import { DEFAULT_ANSWERS_FILE } from '../answers/human-answer.js';
import { scanProjects } from '../engine/projects.js';
import type { ScanResult } from '../engine/results.js';
import { buildAggregate, rowOf, type Aggregate } from '../report/aggregate.js';
import { buildReport } from '../report/report.js';
import { entryKind } from '../repo/safe-read.js';
import type { ScanConfig } from './config-file.js';

/**
 * `--projects`: the repository as a whole, then each ML project inside it, as the rows of an aggregate.
 * A project's answers file is its own (`<project>/mlops-assessment.yaml`, or the config's `answers`
 * name inside the project) when it has one, else the repository's.
 */
export async function assessProjects(target: string, config: ScanConfig | null, answers: { readonly path: string; readonly origin: AnswersOrigin }): Promise<Aggregate> {
  const { whole, projects } = await scanProjects(target, config?.subprojects ?? [], { ignore: config?.ignore ?? [] });
  const repository = path.basename(path.resolve(target));
  const row = (scan: ScanResult, file: { readonly path: string; readonly origin: AnswersOrigin }, project: string | null) =>
    rowOf({
      report: buildReport(scan, loadAnswersFile(file.path, file.origin).answers),
      source: target,
      name: project ? `${repository}/${project}` : repository,
      project,
    });
  const rows = [row(whole, answers, null)];
  for (const { folder, scan } of projects) {
    const own = path.join(target, folder, config?.answers ?? DEFAULT_ANSWERS_FILE);
    rows.push(row(scan, entryKind(own) === 'missing' ? answers : { path: own, origin: 'repository' }, folder));
  }
  return buildAggregate(rows);
}
