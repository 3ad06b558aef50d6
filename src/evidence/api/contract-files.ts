import { isRecord } from '../../util/records.js';
import type { RepoIndex } from '../../repo/repo-index.js';
import type { ParsedFiles } from '../../repo/parsed-files.js';
import {
  OPENAPI_FILES,
  OPENAPI_TEXT,
  PROTO_FILES,
  PROTO_RPC,
  PROTO_SERVICE,
  TRITON_CONFIGS,
  TRITON_INPUT,
  TRITON_OUTPUT,
} from './api-knowledge.js';
import type { ApiDescription } from './model.js';

/**
 * API contract files: OpenAPI/Swagger documents, protobuf services, Triton model configs. Only files
 * whose text has the marker are parsed; a broken one is skipped (recorded by the parse cache).
 */
export function contractFiles(index: RepoIndex, parsed: ParsedFiles): ApiDescription[] {
  return [...openApiFiles(index, parsed), ...protoServices(index), ...tritonConfigs(index)];
}

function openApiFiles(index: RepoIndex, parsed: ParsedFiles): ApiDescription[] {
  const found: ApiDescription[] = [];
  for (const file of index.matching([...OPENAPI_FILES])) {
    const text = index.text(file);
    if (text === null || !OPENAPI_TEXT.test(text)) continue;
    const document = file.endsWith('.json') ? parsed.json(file) : parsed.yaml(file);
    if (!isRecord(document)) continue;
    const version = document['openapi'] ?? document['swagger'];
    if (typeof version !== 'string' && typeof version !== 'number') continue;
    const paths = isRecord(document['paths']) ? Object.keys(document['paths']).length : 0;
    const name = 'openapi' in document ? 'OpenAPI' : 'Swagger';
    found.push({
      kind: 'openapi',
      file,
      line: parsed.findLine(file, file.endsWith('.json') ? /"(openapi|swagger)"\s*:/ : /^(openapi|swagger)\s*:/),
      note: `${name} ${String(version)} document with ${paths} path(s)`,
      confidence: 'high',
    });
  }
  return found;
}

function protoServices(index: RepoIndex): ApiDescription[] {
  const found: ApiDescription[] = [];
  for (const file of index.matching([...PROTO_FILES])) {
    const text = index.text(file);
    if (text === null || !PROTO_RPC.test(text)) continue;
    const lines = index.lines(file);
    const at = lines.findIndex((l) => PROTO_SERVICE.test(l));
    if (at < 0) continue;
    const rpcs = lines.filter((l) => /^\s*rpc\s+\w+/.test(l)).length;
    found.push({ kind: 'protobuf', file, line: at + 1, note: `protobuf ${lines[at]?.trim().replace(/\s*\{$/, '')} with ${rpcs} rpc(s)`, confidence: 'high' });
  }
  return found;
}

function tritonConfigs(index: RepoIndex): ApiDescription[] {
  const found: ApiDescription[] = [];
  for (const file of index.matching([...TRITON_CONFIGS])) {
    const text = index.text(file);
    if (text === null || !TRITON_INPUT.test(text) || !TRITON_OUTPUT.test(text)) continue;
    const line = index.lines(file).findIndex((l) => /^\s*input\s*\[/.test(l)) + 1;
    found.push({ kind: 'signature', file, line: line > 0 ? line : null, note: 'Triton model config with typed inputs and outputs', confidence: 'high' });
  }
  return found;
}
