import picomatch from 'picomatch';
import type { IacContext } from './finding.js';
import type { PlatformConfig } from './model.js';
import { PLATFORM_MARKERS } from './patterns.js';

const markers = PLATFORM_MARKERS.map((marker) => ({ marker, matches: picomatch([...marker.globs], { dot: true }) }));

/** Job and cluster configs of platforms outside the spec's IaC list; files already found as IaC are skipped. */
export function findPlatformConfigs({ index, parsed }: IacContext, iacFiles: ReadonlySet<string>): PlatformConfig[] {
  const configs: PlatformConfig[] = [];
  for (const file of index.files) {
    if (iacFiles.has(file)) continue;
    const candidates = markers.filter(({ matches }) => matches(file));
    if (candidates.length === 0) continue;
    const text = index.text(file);
    if (text === null) continue;
    const hit = candidates.find(({ marker }) => marker.all.every((pattern) => pattern.test(text)));
    if (!hit) continue;
    const first = hit.marker.all[0];
    const line = first ? parsed.findLine(file, new RegExp(first.source)) : null;
    configs.push({ file, line, note: hit.marker.note, platform: hit.marker.platform });
  }
  return configs;
}
