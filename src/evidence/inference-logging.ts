import type { Facts } from './facts.js';
import type { ToolUsage } from './find-usage.js';
import { INFERENCE_LOGGING, INFERENCE_LOGGING_KEYWORDS, INFERENCE_LOGGING_PROBES, INFERENCE_TABLE_READS, STORE_WRITE_METHODS } from '../knowledge/monitoring.js';
import type { Evidence } from '../model/answer.js';
import { loggedInputsAndOutputs } from './request-handlers.js';
import { servingAnalysis } from './serving.js';
import { callsWithKeywords, dedupe, findEvidence, type Findings } from './usages.js';

export interface InferenceLogging extends Findings {
  /** Serving code that writes to a store (a likely request/prediction log; `medium`). */
  readonly storeWrites: readonly ToolUsage[];
  /** Code reading a captured inference table: capture is on, configured elsewhere (`medium`). */
  readonly tableReads: readonly ToolUsage[];
  /** Request handlers logging each input and prediction to the platform's logs (`medium`). */
  readonly loggedIO: readonly Evidence[];
}

/** Inputs and outputs of served predictions stored automatically (criteria 41 and 58). */
export async function inferenceLogging(facts: Facts): Promise<InferenceLogging> {
  const [platform, keywords, serving, code, reads] = await Promise.all([
    findEvidence(facts, INFERENCE_LOGGING, INFERENCE_LOGGING_PROBES),
    callsWithKeywords(facts, ['sagemaker', 'boto3', 'google.cloud.aiplatform', 'azure.ai.ml', 'databricks.sdk'], INFERENCE_LOGGING_KEYWORDS, {
      tool: 'endpoint data capture',
      capability: 'inference-logging',
    }),
    servingAnalysis(facts),
    facts.code(),
    findEvidence(facts, [], INFERENCE_TABLE_READS),
  ]);
  const servingModules = serving.servingFiles.size > 0 ? await code.modulesMentioning(STORE_WRITE_METHODS) : [];
  const storeWrites = servingModules
    .filter((m) => serving.servingFiles.has(m.file))
    .flatMap((m) =>
      m.calls
        .filter((c) => STORE_WRITE_METHODS.includes((c.written ?? c.callee).split('.').pop() ?? ''))
        .map((c) => ({ toolId: null, tool: 'store write in serving code', capability: 'inference-logging', via: 'call' as const, file: m.file, line: c.line, note: `serving code writes to a store: ${c.snippet}` })),
    );
  const loggedIO = await loggedInputsAndOutputs(facts, serving.servingFiles);
  return { usages: dedupe([...platform.usages, ...keywords]), importOnly: platform.importOnly, illustrative: platform.illustrative, storeWrites, tableReads: reads.usages, loggedIO };
}
