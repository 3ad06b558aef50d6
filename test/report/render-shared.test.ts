import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/criteria/registry.js';
import { escapeMarkdown, markdownEvidenceLink, terminalSafe } from '../../src/report/escape.js';
import { forgeLinks, RELATIVE_LINKS } from '../../src/report/evidence-links.js';
import { renderHtml } from '../../src/report/render-html.js';
import { renderJson } from '../../src/report/render-json.js';
import { renderMarkdown } from '../../src/report/render-markdown.js';
import { renderSarif } from '../../src/report/render-sarif.js';
import { renderTerminal } from '../../src/report/render-terminal.js';
import { autoAnswer, sampleReport } from './sample-report.js';

// What a hostile repository controls: file names and the notes quoted from its files.
const SHA = '0123456789abcdef0123456789abcdef01234567';
const HOSTILE_FILE = 'docs/<img src=x onerror=alert(1)>](javascript:alert(1)).md';
const HOSTILE_NOTE = '<script>alert("x")</script> **bold** [link](https://evil.example) \x1b[31mred\x1b[0m';

function hostileReport() {
  return sampleReport({
    1: autoAnswer(1, 'yes', { evidence: [{ file: HOSTILE_FILE, line: 3, note: HOSTILE_NOTE }], rationale: 'Section "<b>Goals</b>" found.' }),
    2: autoAnswer(2, 'no', { evidence: [{ file: 'CODE OWNERS (old).md', line: null, note: 'a file' }] }),
  });
}

describe('escaping repository text', () => {
  it('markdown: links are relative with an #L anchor and percent-encoded targets', () => {
    expect(markdownEvidenceLink({ file: 'src/train.py', line: 12, note: '' }, RELATIVE_LINKS)).toBe('[src/train\\.py:12](src/train.py#L12)');
    expect(markdownEvidenceLink({ file: 'CODE OWNERS (old).md', line: null, note: '' }, RELATIVE_LINKS)).toBe('[CODE OWNERS \\(old\\)\\.md](CODE%20OWNERS%20%28old%29.md)');
    const link = markdownEvidenceLink({ file: HOSTILE_FILE, line: 3, note: '' }, RELATIVE_LINKS);
    const target = link.slice(link.indexOf('](') + 2, -1);
    expect(target).not.toMatch(/[()<>\s]/);
    expect(target).not.toContain('javascript:');
  });

  it('markdown: no raw HTML, emphasis, link or control character gets through', () => {
    const md = renderMarkdown(hostileReport());
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('<img');
    expect(md).not.toContain('**bold**');
    expect(md).not.toContain('[link](');
    expect(md).not.toContain('\x1b');
    expect(md).toContain('&lt;script&gt;');
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
  });

  it('html: every piece of repository text is escaped', () => {
    const html = renderHtml(hostileReport());
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>Goals</b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).not.toContain('\x1b');
  });

  it('html: loads nothing, links evidence relative to the repository, and allows only its own inline script and style', () => {
    const html = renderHtml(hostileReport());
    expect(html).not.toMatch(/<[a-z]+[^<>]*\ssrc=|url\(|@import/);
    const hrefs = [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(hrefs).toContain('CODE%20OWNERS%20(old).md');
    for (const href of hrefs) expect(href).toMatch(/^(#|[^:]*$)/);
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
    // default-src does not cover these: were escaping ever to fail, a <base> would redirect every relative
    // evidence link and a <form> could post the page anywhere.
    expect(html).toMatch(/Content-Security-Policy" content="[^"]*; base-uri 'none'; form-action 'none'/);
    const nonce = /script-src 'nonce-([^']+)'/.exec(html)?.[1];
    expect(nonce).toBeTruthy();
    expect(html).toContain(`<script nonce="${nonce}">`);
  });

  it('html and markdown: evidence links to the forge at the scanned commit when one is given', () => {
    const links = forgeLinks({ web: 'https://github.com/org/repo', forge: 'github', commit: SHA, pathInRepo: '' });
    const report = sampleReport({ 1: autoAnswer(1, 'yes', { evidence: [{ file: 'docs/goals.md', line: 4, note: 'KPIs' }] }) });
    expect(renderHtml(report, links)).toContain(`<a href="https://github.com/org/repo/blob/${SHA}/docs/goals.md#L4" rel="noopener noreferrer"><code>docs/goals.md:4</code></a>`);
    expect(renderMarkdown(report, links)).toContain(`[docs/goals\\.md:4](https://github.com/org/repo/blob/${SHA}/docs/goals.md#L4)`);
    expect(renderMarkdown(report, links)).toContain('Repository: github\\.com/org/repo at `0123456789ab`');
  });

  it('terminal: control sequences and bidi overrides from the repository are dropped', () => {
    expect(terminalSafe('a\x1b[2Jb\u202ec\nd')).toBe('a[2Jbc d');
    // The implicit marks (RLM, LRM, the Arabic letter mark) reorder neutral characters around them too.
    expect(terminalSafe('main.py\u200f:\u061c12\u200e')).toBe('main.py:12');
    expect(renderTerminal(hostileReport(), { color: false, width: 100, details: true })).not.toContain('\x1b');
  });
});

describe('JSON out of repository text', () => {
  it('json and sarif: C1 controls, bidi overrides and line separators are written as \\u escapes, the same strings once parsed', () => {
    // JSON.stringify escapes C0 only; a report printed to a terminal or job log must not carry the rest raw.
    const file = 'src/\u009b2J\u202etxt.py\u2028x.py';
    const note = 'note \u0085\u2066hidden\u2069';
    const report = sampleReport({ 2: autoAnswer(2, 'no', { evidence: [{ file, line: 1, note }], rationale: `Read ${file}.` }) });
    const outputs = [renderJson(report), renderSarif(report, { unanswered: false, isFile: () => true, fallbackFile: 'README.md' })];
    for (const text of outputs) {
      expect(text).toContain('\\u009b');
      // eslint-disable-next-line no-control-regex -- these characters are what must not get through raw
      expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    }
    expect((JSON.parse(outputs[0]!) as { answers: { evidence: { file: string; note: string }[] }[] }).answers[1]!.evidence[0]).toMatchObject({ file, note });
  });
});

describe('markdown report', () => {
  it('keeps the criterion ids of the next steps when a CommonMark renderer renders it', () => {
    // Criteria 1-11 are yes, so the next steps start at 12: an ordered list would be renumbered from 1.
    const yes = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [i + 1, autoAnswer(i + 1, 'yes')]));
    const html = new MarkdownIt().render(renderMarkdown(sampleReport(yes)));
    const steps = html.slice(html.indexOf('<h2>Next steps</h2>'));
    expect(steps).not.toContain('<ol');
    expect([...steps.matchAll(/<li><strong>(\d+)<\/strong>/g)].slice(0, 3).map((m) => m[1])).toEqual(['12', '13', '14']);
  });

  it('keeps code spans as code, unescaped, and escapes the prose around them', () => {
    const html = new MarkdownIt().renderInline(escapeMarkdown('dvc.yaml stage `desc` fields *and* `a\\b`'));
    expect(html).toBe('dvc.yaml stage <code>desc</code> fields *and* <code>a\\b</code>');
    expect(new MarkdownIt().renderInline(escapeMarkdown('`<script>`'))).toBe('<code>&lt;script&gt;</code>');
  });

  it('mentions no one and links no address: an @ from the repository is not followed by a name', () => {
    // Posted as a pull-request comment, `@org/team` in a quoted CODEOWNERS line or a file name would notify
    // that team; GitHub finds mentions in the rendered text, where a backslash escape is already gone.
    const html = new MarkdownIt({ linkify: true }).renderInline(escapeMarkdown('owners @org/ml-team and @ada; mail x@evil.example'));
    expect(html).not.toMatch(/@[\w-]/);
    expect(html).not.toContain('<a ');
    expect(html.replace(/\u200b/g, '')).toBe('owners @org/ml-team and @ada; mail x@evil.example');
  });

  it('has the score, the verdict, a table per section and next steps with toYes', () => {
    const md = renderMarkdown(sampleReport({ 1: autoAnswer(1, 'yes', { evidence: [{ file: 'README.md', line: 4, note: 'Goals' }] }) }));
    expect(md).toMatch(/\*\*Score: 2%\*\*/);
    expect(md).toContain('**MLOps mature: no**');
    expect(md).toContain('| 1. Documentation | 1 | 0 | 0 | 7 | 13% |');
    expect(md).toContain('[README\\.md:4](README.md#L4)');
    const nextSteps = md.slice(md.indexOf('## Next steps'));
    expect(nextSteps).toMatch(/^- \*\*2\*\* Overview of all team members.*\(unanswered\) {2}$/m);
    expect(nextSteps).toContain(`  To reach yes: ${RULES[1]!.toYes}`);
    expect(nextSteps.indexOf('**2** Overview')).toBeLessThan(nextSteps.indexOf('**3** ML model risk'));
  });
});
