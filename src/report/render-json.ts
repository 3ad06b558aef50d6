import { terminalSafeJson } from './escape.js';
import type { Report } from './report.js';

export function renderJson(report: Report): string {
  return terminalSafeJson(report);
}
