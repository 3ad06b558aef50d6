import type { Facts } from './facts.js';
import { repoTexts, type RepoTexts } from './repo-texts.js';
import { parseYamlValue } from '../repo/yaml-to-js.js';

/**
 * Tracked configuration files (dvc.yaml, MLproject, databricks.yml, prefect.yaml ...) as the ML
 * lifecycle rules read them: listed, and parsed as YAML where they hold structure.
 */
export interface ProjectFiles {
  /** Tracked files matching any glob (picomatch, `dot: true`), in path order. */
  matching(globs: readonly string[]): readonly string[];
  /** The file as YAML data; null when it has no text here or does not parse. */
  yaml(file: string): unknown;
  /** First 1-based line matching `pattern`, or null. */
  findLine(file: string, pattern: RegExp): number | null;
}

/** The YAML parsed so far, one map per scan. */
function parsedYaml(): Map<string, unknown> {
  return new Map();
}

export async function projectFiles(facts: Facts): Promise<ProjectFiles> {
  return filesOver(await repoTexts(facts), facts.derive(parsedYaml));
}

/** A user's broken YAML yields null: the rule then sees the file listed but not its content. */
export function filesOver(texts: RepoTexts, cache: Map<string, unknown> = parsedYaml()): ProjectFiles {
  return {
    matching: (globs) => texts.matching(globs),
    yaml: (file) => {
      if (!cache.has(file)) cache.set(file, parseYaml(texts.text(file)));
      return cache.get(file);
    },
    findLine: (file, pattern) => {
      const at = (texts.text(file) ?? '').split(/\r?\n/).findIndex((line) => pattern.test(line));
      return at === -1 ? null : at + 1;
    },
  };
}

function parseYaml(text: string | null): unknown {
  if (text === null) return null;
  try {
    return parseYamlValue(text);
  } catch {
    return null;
  }
}
