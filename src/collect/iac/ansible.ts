import picomatch from 'picomatch';
import type { IacContext, IacFinding } from './finding.js';
import type { IacFile } from './model.js';
import { ANSIBLE, NOT_MANIFESTS } from './patterns.js';
import { isChartTemplate, isTemplatedYaml } from './templated.js';

const isNotPlaybook = picomatch([...NOT_MANIFESTS], { dot: true });

/**
 * Ansible: ansible.cfg, role task files, and playbooks (a YAML list of plays naming `hosts`). Helm chart
 * templates and other templated YAML mention `hosts:` too (an Ingress) but are not parsed.
 */
export function findAnsible({ index, parsed }: IacContext, chartDirs: readonly string[]): IacFinding {
  const files: IacFile[] = [];
  for (const file of index.matching(ANSIBLE.config)) {
    files.push({ file, tool: 'ansible', line: parsed.findLine(file, /^\[defaults\]/) ?? 1, note: 'Ansible configuration' });
  }
  const roleTasks = new Set(index.matching(ANSIBLE.roleTasks));
  for (const file of roleTasks) {
    files.push({ file, tool: 'ansible', line: parsed.findLine(file, /^\s*-\s/) ?? 1, note: 'Ansible role tasks' });
  }
  for (const file of index.matching(ANSIBLE.candidates)) {
    if (roleTasks.has(file) || isNotPlaybook(file) || isChartTemplate(file, chartDirs)) continue;
    const text = index.text(file);
    if (text === null || !ANSIBLE.hosts.test(text) || isTemplatedYaml(text)) continue;
    if (!isPlaybook(parsed.yaml(file))) continue;
    files.push({ file, tool: 'ansible', line: parsed.findLine(file, ANSIBLE.hosts), note: 'Ansible playbook' });
  }
  return { files, environments: [] };
}

function isPlaybook(data: unknown): boolean {
  if (!Array.isArray(data)) return false;
  return data.some(
    (play: unknown) =>
      play !== null &&
      typeof play === 'object' &&
      'hosts' in play &&
      ANSIBLE.playKeys.some((key) => key in play),
  );
}
