import { randomBytes } from 'node:crypto';
import { escapeHtml as h } from './escape.js';
import { RELATIVE_LINKS, repositoryName, type EvidenceLinks } from './evidence-links.js';
import { location } from './render-terminal.js';
import type { ReportAnswer } from '../answers/report-answer.js';
import type { Evidence } from '../model/answer.js';
import { ignoredLine, NO_ML_CODE, skippedListing, type Report, type ReportTrait, type SectionScore } from './report.js';

// One self-contained page: inline CSS, SVG and script, nothing loaded from anywhere, so it opens from a mail
// attachment or an air-gapped wiki. A Content-Security-Policy with a per-page nonce forbids every network
// load and any script but ours, as a second line behind the escaping. Evidence links are plain links a
// reader follows (to the forge at the scanned commit when known); the page itself loads none of them.

const ANSWER_LABEL: Readonly<Record<ReportAnswer['answer'], string>> = { yes: 'yes', no: 'no', 'n/a': 'n/a', unanswered: 'unanswered' };
const SEGMENTS = [
  { key: 'yes', label: 'yes', color: '#2e7d32' },
  { key: 'no', label: 'no', color: '#c62828' },
  { key: 'na', label: 'n/a', color: '#9e9e9e' },
  { key: 'unanswered', label: 'unanswered', color: '#f9a825' },
] as const satisfies readonly { key: keyof SectionScore; label: string; color: string }[];

/** Evidence a trait of the profile lists; the JSON report has all of it. */
const TRAIT_EVIDENCE_SHOWN = 3;

export function renderHtml(report: Report, links: EvidenceLinks = RELATIVE_LINKS): string {
  const nonce = randomBytes(16).toString('base64');
  const { summary } = report;
  const name = repositoryName(report.target.path, links);
  const commit = report.target.commit ? ` at <code>${h(report.target.commit.slice(0, 12))}</code>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>MLOps maturity assessment: ${h(name)}</title>
<style nonce="${nonce}">${CSS}</style>
</head>
<body>
<header>
<h1>MLOps maturity assessment</h1>
<p id="repository">Repository: <strong>${h(name)}</strong>${commit}, scanned by mlops-scan ${h(report.tool.version)}.</p>
${report.profile.ml.present ? '' : `<p class="warning"><strong>Warning:</strong> ${h(NO_ML_CODE)}</p>\n`}<p class="verdict"><strong>Score: ${summary.percent ?? 'n/a'}%</strong> yes of applicable criteria ·
<strong class="${summary.mature ? 'mature' : 'not-mature'}">MLOps mature: ${summary.mature ? 'yes' : 'no'}</strong> (every criterion of sections 1-4 yes or n/a)</p>
</header>
<section id="chart" aria-label="Score per section">${chart(summary.bySection)}</section>
${profile(report, links)}
<section id="filters" aria-label="Filters">
<span>Answer:</span> ${filterButtons('answer', ['all', 'yes', 'no', 'n/a', 'unanswered'])}
<span>Source:</span> ${filterButtons('source', ['all', 'auto', 'human'])}
<span id="shown" aria-live="polite"></span>
</section>
${nextSteps(report)}
<main>
${summary.bySection.map((s) => sectionBlock(report, s, links)).join('\n')}
</main>
${unreadFiles(report)}${ignoredFiles(report)}
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>
`;
}

function unreadFiles(report: Report): string {
  if (report.skipped.length === 0) return '';
  const { listed, more } = skippedListing(report);
  const items = listed.map((skip) => `<li><code>${h(skip.file)}</code>: ${h(skip.reason)}</li>`);
  if (more > 0) items.push(`<li>… and ${more} more (see <code>--format json</code>)</li>`);
  return `<section id="unread" aria-label="Could not read"><h2>Could not read (${report.skipped.length})</h2>\n<ul>${items.join('\n')}</ul></section>\n`;
}

function ignoredFiles(report: Report): string {
  const line = ignoredLine(report);
  if (line === null) return '';
  const patterns = report.ignored.patterns.map((p) => `<li><code>${h(p)}</code></li>`).join('');
  return `<section id="ignored" aria-label="Left out"><h2>Left out (${report.ignored.files})</h2>\n<p>${h(line)}</p><ul>${patterns}</ul></section>\n`;
}

const TRAITS: readonly { readonly key: keyof Omit<Report['profile'], 'serving' | 'languages'>; readonly label: string }[] = [
  { key: 'ml', label: 'ML code of its own' },
  { key: 'realtime', label: 'Real-time serving' },
  { key: 'batch', label: 'Batch scoring' },
  { key: 'iac', label: 'Infrastructure as code' },
  { key: 'featureStore', label: 'Feature store' },
  { key: 'abTesting', label: 'A/B testing' },
];

/** The project's profile: which criteria apply depends on it, so a reader checks it first. */
function profile(report: Report, links: EvidenceLinks): string {
  const languages = report.profile.languages.map((l) => `${h(l.name)} (${l.files})`).join(', ') || 'none recognised';
  const rows = TRAITS.map(({ key, label }) => `<li>${h(label)}: ${traitText(report.profile[key], links)}</li>`);
  return `<section id="profile" aria-label="Profile"><h2>Profile</h2>
<ul class="profile"><li>Serving: ${h(report.profile.serving)}</li><li>Languages: ${languages}</li>${rows.join('')}</ul></section>`;
}

function traitText(trait: ReportTrait, links: EvidenceLinks): string {
  if (!trait.present) return '<span class="absent">no</span>';
  const scope = trait.scope === 'example' ? ' (only in an example the repository ships)' : '';
  const evidence = trait.evidence.slice(0, TRAIT_EVIDENCE_SHOWN).map((e) => evidenceLink(e, links));
  const more = trait.evidence.length > TRAIT_EVIDENCE_SHOWN ? ` and ${trait.evidence.length - TRAIT_EVIDENCE_SHOWN} more` : '';
  return `<span class="present">yes</span>${scope}${evidence.length > 0 ? `: ${evidence.join(', ')}${more}` : ''}`;
}

/** `file:line` as code, linked where `links` says; the text alone when the file is not a path in the tree. */
function evidenceLink(e: Evidence, links: EvidenceLinks): string {
  const href = links.href(e.file, e.line);
  const code = `<code>${h(location(e))}</code>`;
  return href === null ? code : `<a href="${h(href)}" rel="noopener noreferrer">${code}</a>`;
}

/**
 * A row per section: the title and percent as text over a bar, so the labels stay readable on a phone.
 * The bar is SVG (presentation attributes, not inline styles, which the page's policy refuses).
 */
function chart(sections: readonly SectionScore[]): string {
  const rows = sections.map((s) => {
    const total = s.yes + s.no + s.na + s.unanswered;
    let x = 0;
    const bars = SEGMENTS.map((seg) => {
      const count = s[seg.key];
      const width = total === 0 ? 0 : (100 * count) / total;
      const rect = count === 0 ? '' : `<rect class="bar-${seg.key}" x="${x.toFixed(2)}" y="0" width="${width.toFixed(2)}" height="10" fill="${seg.color}"><title>${seg.label}: ${count}</title></rect>`;
      x += width;
      return rect;
    }).join('');
    const percent = s.percent === null ? 'n/a' : `${s.percent}%`;
    const counts = SEGMENTS.map((seg) => `${s[seg.key]} ${seg.label}`).join(', ');
    return `<div class="chart-row" data-section="${s.section}"><span class="chart-label">${s.section}. ${h(s.title)}</span><svg class="bar" role="img" aria-label="${counts}" viewBox="0 0 100 10" preserveAspectRatio="none">${bars}</svg><span class="chart-percent">${percent}</span></div>`;
  });
  const legend = SEGMENTS.map((seg) => `<span class="legend-item"><svg class="swatch" viewBox="0 0 10 10" aria-hidden="true"><rect width="10" height="10" fill="${seg.color}"></rect></svg>${seg.label}</span>`).join(' ');
  return `${rows.join('\n')}\n<p class="legend">${legend}</p>`;
}

function filterButtons(kind: 'answer' | 'source', values: readonly string[]): string {
  return values
    .map((v) => `<button type="button" data-filter="${kind}" data-value="${v}" aria-pressed="${v === 'all'}">${v}</button>`)
    .join(' ');
}

function nextSteps(report: Report): string {
  const steps = report.summary.nextSteps;
  if (steps.length === 0) return '';
  const items = steps.map((s) => `<li value="${s.id}"><a href="#c${s.id}">${h(s.statement)}</a> (${ANSWER_LABEL[s.answer]})<br><span class="to-yes">To reach yes: ${h(s.toYes)}</span></li>`);
  return `<details id="next-steps"><summary>Next steps (${steps.length}): sections 1-4 first</summary><ol>${items.join('')}</ol></details>`;
}

function sectionBlock(report: Report, s: SectionScore, links: EvidenceLinks): string {
  const answers = report.answers.filter((a) => a.section === s.section).map((a) => criterionBlock(a, links));
  const percent = s.percent === null ? 'n/a' : `${s.percent}%`;
  return `<section class="section" id="section-${s.section}"><h2>${s.section}. ${h(s.title)} <small>${s.yes} yes · ${s.no} no · ${s.na} n/a · ${s.unanswered} unanswered · ${percent}</small></h2>\n${answers.join('\n')}</section>`;
}

function criterionBlock(a: ReportAnswer, links: EvidenceLinks): string {
  const flags = [
    a.source === 'human' ? '<span class="tag human">person</span>' : a.confidence ? `<span class="tag">${a.confidence}</span>` : '',
    a.stale ? '<span class="tag stale">stale: evidence changed, please re-confirm</span>' : '',
    a.disagreement ? `<span class="tag disagree">scanner says ${a.disagreement.answer}</span>` : '',
  ].join('');
  const evidence = a.evidence.map((e) => `<li>${evidenceLink(e, links)} ${h(e.note)}</li>`).join('');
  const details = [
    evidence ? `<ul class="evidence">${evidence}</ul>` : '',
    a.lookedAt.length > 0 ? `<p class="looked">Looked at: ${h(a.lookedAt.join(', '))}</p>` : '',
    a.hints.length > 0 ? `<ul class="hints">${a.hints.map((x) => `<li>${h(x)}</li>`).join('')}</ul>` : '',
    a.disagreement ? `<p class="looked">Scanner (high confidence): ${h(a.disagreement.rationale)}</p>` : '',
    a.answer === 'yes' || a.answer === 'n/a' ? '' : `<p class="to-yes">To reach yes: ${h(a.toYes)}</p>`,
  ].join('');
  return `<article class="criterion" id="c${a.id}" data-answer="${a.answer}" data-source="${a.source}">
<h3><span class="answer ${answerClass(a.answer)}">${ANSWER_LABEL[a.answer]}</span> ${a.id}. ${h(a.statement)} ${flags}</h3>
<p>${h(a.rationale)}</p>${details}</article>`;
}

function answerClass(answer: ReportAnswer['answer']): string {
  return answer === 'n/a' ? 'na' : answer;
}

const CSS = `
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1000px;padding:1rem;color:#222;background:#fff;overflow-wrap:anywhere}
h1{margin:.2rem 0;font-size:1.6rem}h2{border-bottom:1px solid #ddd;margin-top:2rem;font-size:1.25rem}h2 small{font-weight:normal;color:#666;font-size:.75em}
h3{font-size:1rem;margin:.2rem 0}.verdict .mature{color:#2e7d32}.verdict .not-mature{color:#c62828}
.warning{border-left:4px solid #e65100;padding-left:.6rem}
.chart-row{display:grid;grid-template-columns:minmax(0,18rem) minmax(0,1fr) 3rem;gap:.6rem;align-items:center;margin:.25rem 0}
.chart-row .bar{width:100%;height:1.1rem;display:block;background:#f3f3f3}.chart-percent{text-align:right;font-variant-numeric:tabular-nums}
.legend{color:#444;font-size:.9em}.legend-item{white-space:nowrap;margin-right:.8rem}.swatch{width:.8rem;height:.8rem;vertical-align:-.05rem;margin-right:.25rem}
@media (max-width:640px){.chart-row{grid-template-columns:minmax(0,1fr) 3rem}.chart-row .bar{grid-column:1 / -1;grid-row:2}}
.profile{padding-left:1.2rem}.present{color:#2e7d32;font-weight:600}.absent{color:#666}
#filters{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid #eee;z-index:1;display:flex;flex-wrap:wrap;gap:.3rem;align-items:center}
#filters button{border:1px solid #bbb;background:#f6f6f6;border-radius:4px;padding:.15rem .6rem;cursor:pointer;font:inherit}
#filters button[aria-pressed="true"]{background:#1565c0;color:#fff;border-color:#1565c0}
#shown{margin-left:.5rem;color:#666}
.criterion{border:1px solid #e3e3e3;border-radius:6px;padding:.5rem .8rem;margin:.6rem 0}
.criterion[hidden],.section[hidden]{display:none}
.answer{display:inline-block;min-width:3.2em;text-align:center;border-radius:4px;color:#fff;font-size:.85em;padding:0 .3em}
.answer.yes{background:#2e7d32}.answer.no{background:#c62828}.answer.na{background:#9e9e9e}.answer.unanswered{background:#f9a825;color:#222}
.tag{font-size:.75em;font-weight:normal;border:1px solid #bbb;border-radius:3px;padding:0 .3em;margin-left:.3em;color:#555}
.tag.human{border-color:#1565c0;color:#1565c0}.tag.stale,.tag.disagree{border-color:#e65100;color:#e65100}
.evidence,.hints{margin:.2rem 0;padding-left:1.2rem}.looked,.to-yes{color:#555;margin:.2rem 0}
code{background:#f3f3f3;padding:0 .2em;border-radius:3px;word-break:break-all}
#next-steps ol{padding-left:1.6rem}
`;

// Plain JS, no framework: each filter keeps its value; an article shows when it matches both, and a
// section shows while one of its articles does.
const SCRIPT = `
(function () {
  var state = { answer: 'all', source: 'all' };
  var buttons = Array.prototype.slice.call(document.querySelectorAll('button[data-filter]'));
  var articles = Array.prototype.slice.call(document.querySelectorAll('article.criterion'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.section'));
  function apply() {
    var shown = 0;
    articles.forEach(function (a) {
      var visible = (state.answer === 'all' || a.dataset.answer === state.answer) &&
        (state.source === 'all' || a.dataset.source === state.source);
      a.hidden = !visible;
      if (visible) shown += 1;
    });
    sections.forEach(function (s) { s.hidden = s.querySelector('article.criterion:not([hidden])') === null; });
    buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(state[b.dataset.filter] === b.dataset.value)); });
    document.getElementById('shown').textContent = shown + ' of ' + articles.length + ' criteria shown';
  }
  buttons.forEach(function (b) {
    b.addEventListener('click', function () { state[b.dataset.filter] = b.dataset.value; apply(); });
  });
  apply();
})();
`;
