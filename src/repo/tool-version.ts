import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readNamedByUser } from './safe-read.js';

/** The tool's version from its package.json, found from this module whether run from src/ or dist/. */
export function toolVersion(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const read = readNamedByUser(path.join(dir, 'package.json'), 1024 * 1024);
      const pkg = (read.ok ? JSON.parse(read.bytes.toString('utf8')) : {}) as { name?: string; version?: string };
      if (pkg.name === 'mlops-scan' && pkg.version) return pkg.version;
    } catch {
      // not here; keep walking up
    }
    const parent = path.dirname(dir);
    if (parent === dir) return '0.0.0';
    dir = parent;
  }
}
