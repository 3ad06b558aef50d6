import path from 'node:path';
import { isMap } from 'yaml';
import type { CiReader } from '../../context.js';
import type { CiStep } from '../../model.js';
import { get, items, lineOf, shellSteps, text, texts, yamlFile } from '../../yaml-nodes.js';

export const SYSTEM = 'cloud-build';

/**
 * Google Cloud Build configs (https://cloud.google.com/build/docs/build-config-file-schema). Their
 * triggers are set up in the Google Cloud project, never in the repository, so a Cloud Build pipeline
 * has no trigger here: it is listed (rules can say it exists) but never counts as run on merge or PR.
 */
const CANDIDATES = ['**/cloudbuild*.{yaml,yml,json}', '**/build/*.{yaml,yml}'];
const SHELLS = new Set(['bash', 'sh', '/bin/bash', '/bin/sh']);

export const reader: CiReader = {
  read(context) {
    return context.index.matching(CANDIDATES).flatMap((file) => {
      const source = context.index.text(file);
      // A Cloud Build config uses at least one of Google's builders (https://cloud.google.com/build/docs/cloud-builders).
      if (source === null || !/gcr\.io\/(cloud-builders|google\.com\/cloudsdktool)\//.test(source)) return [];
      const y = yamlFile(context.parsed, file);
      if (!y || !isMap(y.doc.contents)) return [];
      const stepNodes = items(y, get(y, y.doc.contents, 'steps'));
      const steps = stepNodes.flatMap((step): CiStep[] => {
        const image = text(y, get(y, step, 'name'));
        if (image === null) return [];
        const entrypoint = text(y, get(y, step, 'entrypoint'));
        const argsNode = get(y, step, 'args');
        const args = texts(y, argsNode);
        const at = lineOf(y, argsNode) ?? lineOf(y, step);
        const script = get(y, step, 'script');
        if (script) return shellSteps(SYSTEM, y, script, text(y, script) ?? '');
        if (entrypoint !== null && SHELLS.has(entrypoint) && args[0] === '-c' && args[1] !== undefined) {
          return shellSteps(SYSTEM, y, argsNode ?? step, args[1]);
        }
        const tool = entrypoint ?? path.posix.basename(image.replace(/[:@].*$/, ''));
        return [{ kind: 'run', system: SYSTEM, run: [tool, ...args].join(' '), file, line: at }];
      });
      if (steps.length === 0) return [];
      return [{ system: SYSTEM, file, name: file, triggers: [], jobs: [{ name: 'build', file, line: 1, steps, environment: null }] }];
    });
  },
};
