import type { Facts } from './facts.js';
import { evidence, type Evidence } from '../model/answer.js';
import { repoTexts } from './repo-texts.js';

/**
 * A route or per-request hook decorator of a Python web framework (`@app.post("/predict")`,
 * `@router.get(...)`, `@app.route(...)`, `@app.middleware("http")`, Flask `@app.after_request`).
 */
const ROUTE_DECORATOR = /^\s*@[\w.]*\.(route|get|post|put|patch|delete|api_route|websocket|middleware|before_request|after_request)\b/;

/**
 * Functions a serving runtime calls per request: model-server hooks (SageMaker/TorchServe `predict_fn`,
 * `handle`, `inference`), an AWS Lambda `lambda_handler`/`handler`, a Ray/BentoML `__call__`.
 */
const HANDLER_NAME = /^(predict\w*|invocations|infer\w*|score\w*|handle\w*|\w*_handler|handler|__call__|transform_fn|input_fn|output_fn|predict_fn|model_fn|inference|postprocess|preprocess)$/;

/** A call that writes a log record or line (`logger.info(...)`, `logging.warning(...)`, `print(...)` on stdout). */
const LOG_CALL = /\b(\w*log\w*|LOG\w*)\.(info|debug|warning|warn|error|exception|critical|log)\s*\(|^\s*print\s*\(/i;

const DEF = /^(\s*)(async\s+)?def\s+(\w+)\s*\(/;

function indentOf(line: string): number {
  return /^\s*/.exec(line)?.[0].length ?? 0;
}

/**
 * The name of the function whose body holds `lines[i]`, when that function handles requests: it has a
 * route decorator or a per-request handler name. Null for module-level code (start-up) and helpers.
 */
export function requestHandlerAt(lines: readonly string[], i: number): string | null {
  const own = indentOf(lines[i] ?? '');
  if (own === 0) return null;
  let limit = own;
  for (let j = i - 1; j >= 0; j -= 1) {
    const line = lines[j] ?? '';
    if (line.trim() === '' || line.trim().startsWith('#') || indentOf(line) >= limit) continue;
    const def = DEF.exec(line);
    if (!def) {
      limit = indentOf(line);
      if (limit === 0) return null;
      continue;
    }
    const name = def[3] ?? '';
    let k = j - 1;
    while (k >= 0 && /^\s*@/.test(lines[k] ?? '')) {
      if (ROUTE_DECORATOR.test(lines[k] ?? '')) return name;
      k -= 1;
    }
    if (HANDLER_NAME.test(name)) return name;
    // A nested helper inside a handler still runs per request.
    limit = indentOf(line);
    if (limit === 0) return null;
  }
  return null;
}

/** Log calls inside request handlers of the given Python files: requests or predictions logged as they are served. */
export async function requestLogLines(facts: Facts, files: Iterable<string>): Promise<Evidence[]> {
  const texts = await repoTexts(facts);
  const found: Evidence[] = [];
  for (const file of [...files].filter((f) => f.endsWith('.py')).sort()) {
    const lines = texts.text(file)?.split(/\r?\n/) ?? [];
    lines.forEach((line, i) => {
      if (!LOG_CALL.test(line) || line.trim().startsWith('#')) return;
      const handler = requestHandlerAt(lines, i);
      if (handler) found.push(evidence(file, i + 1, `logs in request handler ${handler}: ${line.trim().slice(0, 100)}`));
    });
  }
  return found;
}

/** What a logged line names: the request's input, or the model's answer. */
const LOGS_INPUT = /input|request|body|payload|features|event|instances|query/i;
const LOGS_OUTPUT = /predict|response|result|output|score|probab|label/i;

/**
 * Request handlers that log both the input and the prediction of every request (`logger.info(f"Got the
 * input: {body}")` then `logger.info(json.dumps(response))`): the platform's log store keeps them
 * (CloudWatch for a Lambda), a weaker but automatic record of model inputs and outputs (criterion 58).
 */
export async function loggedInputsAndOutputs(facts: Facts, files: Iterable<string>): Promise<Evidence[]> {
  const byHandler = new Map<string, Evidence[]>();
  for (const line of await requestLogLines(facts, files)) {
    const handler = /request handler (\w+)/.exec(line.note)?.[1] ?? '';
    const key = `${line.file}#${handler}`;
    byHandler.set(key, [...(byHandler.get(key) ?? []), line]);
  }
  return [...byHandler.values()].flatMap((lines) => {
    const said = (e: Evidence): string => e.note.slice(e.note.indexOf(': ') + 2);
    const input = lines.find((e) => LOGS_INPUT.test(said(e)));
    const output = lines.find((e) => e !== input && LOGS_OUTPUT.test(said(e)));
    return input && output ? [input, output] : [];
  });
}
