import type { CiReader } from '../../context.js';
import type { CiJob, CiPipeline, CiStep, CiTrigger, RunStep } from '../../model.js';

export const SYSTEM = 'jenkins';

/**
 * Jenkinsfiles are Groovy. There is no maintained Groovy parser for Node, so this reads declarative
 * (and simple scripted) pipelines at the text level: `stage('x') { ... }` blocks by brace depth,
 * `sh`/`bat`/`powershell` steps (triple-quoted bodies one command per line), `triggers { cron(...) }`,
 * and `when { branch ... / changeRequest() / buildingTag() }` conditions.
 * https://www.jenkins.io/doc/book/pipeline/syntax/
 */
export const reader: CiReader = {
  read(context) {
    return context.index
      .matching(['**/Jenkinsfile', '**/Jenkinsfile.*', '**/*.jenkinsfile'])
      .map((file) => readJenkinsfile(file, context.parsed.lines(file)))
      .filter((pipeline): pipeline is CiPipeline => pipeline !== null);
  },
};

interface OpenStage {
  readonly name: string;
  readonly line: number;
  readonly depth: number;
  opened: boolean;
  readonly steps: CiStep[];
  when: CiTrigger[] | null;
  /**
   * The nearest enclosing stage's conditions. Only the innermost open stage takes a `when` (or its parent,
   * on the line the stage opens), so these are final once that line is read; kept here, closing a stage
   * needs no walk up a deep stack.
   */
  inherited: CiTrigger[] | null;
}

const STEP = /\b(sh|bat|powershell|pwsh)\b\s*\(?\s*(?:script\s*:\s*)?('''|"""|'|")/;
const STAGE = /\bstage\s*\(\s*['"]([^'"]+)['"]/;

export function readJenkinsfile(file: string, lines: readonly string[]): CiPipeline | null {
  if (lines.every((line) => line.trim() === '')) return null;
  const jobs: CiJob[] = [];
  const pipelineTriggers: CiTrigger[] = [];
  const looseSteps: CiStep[] = [];
  const stack: OpenStage[] = [];
  let depth = 0;
  let multibranch: number | null = null;
  let heredoc: { quote: string; steps: CiStep[] } | null = null;

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const lineNo = i + 1;
    const current = stack[stack.length - 1];
    if (heredoc) {
      const end = raw.indexOf(heredoc.quote);
      const body = (end === -1 ? raw : raw.slice(0, end)).trim();
      if (body !== '' && !body.startsWith('#')) heredoc.steps.push(run(body, file, lineNo));
      if (end !== -1) heredoc = null;
      continue;
    }
    const code = raw.replace(/\/\/.*$/, '');
    const stage = STAGE.exec(code);
    const opened: OpenStage | null = stage ? { name: stage[1] ?? 'stage', line: lineNo, depth, opened: false, steps: [], when: null, inherited: null } : null;
    if (opened) stack.push(opened);
    const target = stack[stack.length - 1]?.steps ?? looseSteps;

    const step = STEP.exec(code);
    if (step) {
      const quote = step[2] ?? "'";
      const rest = code.slice((step.index ?? 0) + step[0].length);
      const close = rest.indexOf(quote);
      if (close !== -1) target.push(run(rest.slice(0, close).trim(), file, lineNo));
      else if (quote.length === 3) {
        if (rest.trim() !== '') target.push(run(rest.trim(), file, lineNo));
        heredoc = { quote, steps: target };
      }
    }
    const cron = /\bcron\s*\(\s*['"]([^'"]+)['"]/.exec(code);
    if (cron) pipelineTriggers.push({ kind: 'schedule', cron: cron[1] ?? null, line: lineNo });
    if (/\b(pollSCM|githubPush|gitlab)\s*\(/.test(code)) pipelineTriggers.push({ kind: 'push', branches: null, line: lineNo });
    if (/\bupstream\s*\(/.test(code)) pipelineTriggers.push({ kind: 'other', event: 'upstream', line: lineNo });
    const condition = whenCondition(code, lineNo);
    if (condition && current) {
      current.when = [...(current.when ?? []), condition];
      multibranch ??= lineNo;
    }
    if (opened && current) opened.inherited = current.when ?? current.inherited;

    depth += braceDelta(code);
    for (let top = stack[stack.length - 1]; top; top = stack[stack.length - 1]) {
      if (depth > top.depth) top.opened = true;
      if (!top.opened || depth > top.depth) break;
      stack.pop();
      const triggers = top.when ?? top.inherited;
      jobs.push({ name: top.name, file, line: top.line, steps: top.steps, environment: null, ...(triggers ? { triggers } : {}) });
    }
  }
  if (looseSteps.length > 0) jobs.push({ name: 'pipeline', file, line: looseSteps[0]?.line ?? null, steps: looseSteps, environment: null });
  // `when { branch ... }` only works in multibranch pipelines, which build every branch pushed.
  if (multibranch !== null) pipelineTriggers.push({ kind: 'push', branches: null, line: multibranch });
  const stageTriggers = jobs.flatMap((job) => job.triggers ?? []);
  return { system: SYSTEM, file, name: file, triggers: [...pipelineTriggers, ...stageTriggers], jobs: jobs.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

function whenCondition(code: string, line: number): CiTrigger | null {
  if (/\bchangeRequest\b/.test(code)) return { kind: 'pull_request', branches: null, line };
  if (/\bbuildingTag\s*\(|\btag\s+(pattern\s*:\s*)?['"]/.test(code)) return { kind: 'tag', patterns: null, line };
  const branch = /\bbranch\s+(?:pattern\s*:\s*)?['"]([^'"]+)['"]/.exec(code);
  return branch ? { kind: 'push', branches: [branch[1] ?? ''], line } : null;
}

/** Net `{` minus `}` outside string literals. */
function braceDelta(code: string): number {
  const stripped = code.replace(/'''.*?'''|""".*?"""|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g, '');
  let delta = 0;
  for (const char of stripped) delta += char === '{' ? 1 : char === '}' ? -1 : 0;
  return delta;
}

function run(command: string, file: string, line: number): RunStep {
  return { kind: 'run', system: SYSTEM, run: command, file, line };
}
