import type { Rule } from './rule.js';
import { HEALTH_PROBES, REQUEST_LOGGING, REQUEST_METRICS } from '../knowledge/monitoring.js';
import { evidence, nonEmpty, unanswered, yes, type Evidence } from '../model/answer.js';
import { inferenceLogging } from '../evidence/inference-logging.js';
import { requestLogLines } from '../evidence/request-handlers.js';
import { servingAnalysis } from '../evidence/serving.js';
import { asEvidence, findEvidence } from '../evidence/usages.js';
import { withCapability } from '../knowledge/select.js';

export const rule: Rule = {
  id: 41,
  kind: 'detects',
  answers: ['yes', 'n/a', 'unanswered'],
  looksFor: 'request logging in serving code, metrics instrumentation (Prometheus instrumentators, OpenTelemetry), a health endpoint or probes, data capture / inference tables',
  toYes: 'Log requests and responses, expose latency and status-code metrics, and add a health endpoint to the prediction API',
  async answer({ facts }) {
    const [serving, metrics, logging, probes, capture] = await Promise.all([
      servingAnalysis(facts),
      findEvidence(facts, REQUEST_METRICS),
      // Middlewares that log every request by themselves, wherever they are set up; a logger counts only in a handler (below).
      findEvidence(facts, withCapability(REQUEST_LOGGING, 'request-logging')),
      findEvidence(facts, [], HEALTH_PROBES),
      inferenceLogging(facts),
    ]);
    // Logging counts inside a request handler; start-up lines ("model directory is ...") log no request.
    const handlerLogs = await requestLogLines(facts, serving.servingFiles);
    const managed = serving.servers.filter((s) => s.capability === 'managed-endpoint');
    const platform = managed[0] ? [evidence(managed[0].file, managed[0].line, `${managed[0].tool} reports latency, errors and health to the cloud platform`)] : [];
    const parts: Record<'request logging' | 'metrics' | 'health endpoint', Evidence[]> = {
      'request logging': [
        ...asEvidence(logging.usages, 2),
        ...handlerLogs.slice(0, 2),
        ...asEvidence(capture.usages, 2),
        ...asEvidence(capture.tableReads, 1),
      ],
      metrics: [...asEvidence(metrics.usages, 3), ...platform],
      'health endpoint': [...serving.webApps.flatMap((a) => a.healthRoutes).slice(0, 2), ...asEvidence(probes.usages, 2), ...platform],
    };
    const present = Object.entries(parts).filter(([, found]) => found.length > 0).map(([part]) => part);
    const missing = Object.entries(parts).filter(([, found]) => found.length === 0).map(([part]) => part);
    const captureNote = capture.usages.length + capture.tableReads.length > 0 ? '; inference data capture is on' : '';
    const all = nonEmpty(distinct(Object.values(parts).flat()));
    if (missing.length === 0 && all) {
      return yes(`The real-time API has ${present.join(', ')}${captureNote}.`, all, {
        confidence: platform.length > 0 || parts['request logging'].every((e) => e.note.startsWith('logs in request handler')) ? 'medium' : 'high',
      });
    }
    return unanswered(
      present.length > 0
        ? `Partly monitored: found ${present.join(', ')}${captureNote}; missing ${missing.join(', ')}.`
        : 'No request logging, metrics or health endpoint was found for the real-time API; monitoring may be set up outside the repository.',
      { evidence: all ? [...all] : [], hints: missing.map((m) => `Check how the API's ${m} is covered.`) },
    );
  },
};

/** One evidence item per file and line (the platform proves metrics and health with the same call). */
function distinct(items: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return items.filter((e) => {
    const key = `${e.file}:${e.line ?? ''}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
