import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CI_SYSTEMS } from '../../../src/collect/ci/systems/registry.js';
import { RECOGNISED_COMMANDS, THROWAWAY_CLUSTER_USES, type UsesPatterns } from '../../../src/knowledge/ci-commands.js';

const SYSTEMS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src/collect/ci/systems');
const folders = readdirSync(SYSTEMS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** Every system id a packaged-step pattern in the knowledge names. */
function patternSystems(): string[] {
  const tables: UsesPatterns[] = [THROWAWAY_CLUSTER_USES, ...RECOGNISED_COMMANDS.flatMap((command) => (command.uses ? [command.uses] : []))];
  return [...new Set(tables.flatMap((table) => Object.keys(table)))].sort();
}

describe('CI systems (src/collect/ci/systems/<id>/ and the registry)', () => {
  it('the registry lists exactly the folders, each under its own id', () => {
    expect(Object.keys(CI_SYSTEMS).sort()).toEqual(folders);
    for (const [id, system] of Object.entries(CI_SYSTEMS)) expect(system.id).toBe(id);
  });

  it.each(folders)("the registry's %s is the definition in that folder", async (folder) => {
    const module = (await import(path.join(SYSTEMS_DIR, folder, 'index.ts'))) as Record<string, unknown>;
    expect(Object.values(module)).toContain(CI_SYSTEMS[folder as keyof typeof CI_SYSTEMS]);
  });

  it('packaged-step patterns in the knowledge name only registered systems that have packaged steps', () => {
    const withPackagedSteps = new Set<string>(Object.values(CI_SYSTEMS).flatMap((system) => (system.packagedSteps ? [system.id] : [])));
    expect(patternSystems().length).toBeGreaterThan(0);
    expect(patternSystems().filter((id) => !withPackagedSteps.has(id))).toEqual([]);
  });
});
