import { isMap } from 'yaml';
import { environmentStage } from './environment-stage.js';
import { environment, type IacContext, type IacFinding } from './finding.js';
import type { EnvironmentStage, IacEnvironment, IacFile } from './model.js';
import { DATABRICKS_BUNDLE } from './patterns.js';
import { mapEntries, rootEntries, scalarText } from './yaml-nodes.js';

/** Databricks asset bundles: databricks.yml with a `bundle:` mapping; its targets are environments. */
export function findDatabricksBundles({ index, parsed }: IacContext): IacFinding {
  const files: IacFile[] = [];
  const environments: IacEnvironment[] = [];
  for (const file of index.named(DATABRICKS_BUNDLE.config)) {
    const doc = parsed.yamlDocuments(file)?.[0];
    if (!doc) continue;
    const entries = rootEntries(parsed, file, doc);
    const bundle = entries.find((e) => e.key === 'bundle' && isMap(e.value));
    if (!bundle) continue;
    files.push({ file, tool: 'databricks-bundle', line: bundle.line, note: 'Databricks asset bundle' });
    for (const targets of entries.filter((e) => (DATABRICKS_BUNDLE.targetKeys as readonly string[]).includes(e.key))) {
      for (const target of mapEntries(parsed, file, targets.value)) {
        environments.push(
          environment({
            name: target.key,
            file,
            line: target.line,
            via: 'Databricks bundle target',
            definition: file,
            stage: targetStage(target.key, target.value, parsed, file),
          }),
        );
      }
    }
  }
  return { files, environments };
}

/**
 * The name decides; a target named otherwise still says what it is through `mode`
 * (https://docs.databricks.com/aws/en/dev-tools/bundles/deployment-modes).
 */
function targetStage(name: string, value: unknown, parsed: IacContext['parsed'], file: string): EnvironmentStage {
  const byName = environmentStage(name);
  if (byName !== 'unknown') return byName;
  const mode = scalarText(mapEntries(parsed, file, value).find((e) => e.key === 'mode')?.value);
  if (mode === 'production') return 'production';
  if (mode === 'development') return 'pre-production';
  return 'unknown';
}
