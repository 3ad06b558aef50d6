import { randomBytes } from 'node:crypto';
import { escapeHtml as h } from './escape.js';
import { location } from './render-terminal.js';
import type { ReportAnswer } from '../answers/report-answer.js';
import { ignoredLine, NO_ML_CODE, skippedListing, type Report, type SectionScore } from './report.js';

// One self-contained page: inline CSS, SVG and script, no external URL at all, so it opens from a mail
// attachment or an air-gapped wiki. A Content-Security-Policy with a per-page nonce forbids every network
// load and any script but ours, as a second line behind the escaping.

const ANSWER_LABEL: Readonly<Record<ReportAnswer['answer'], string>> = { yes: 'yes', no: 'no', 'n/a': 'n/a', unanswered: 'unanswered' };
const SEGMENTS = [
  { key: 'yes', label: 'yes', color: '#2e7d32' },
  { key: 'no', label: 'no', color: '#c62828' },
  { key: 'na', label: 'n/a', color: '#9e9e9e' },
  { key: 'unanswered', label: 'unanswered', color: '#f9a825' },
] as const satisfies readonly { key: keyof SectionScore; label: string; color: string }[];

export function renderHtml(report: Report): string {
  const nonce = randomBytes(16).toString('base64');
  const { summary } = report;
  const commit = report.target.commit ? ` at ${h(report.target.commit.slice(0, 12))}` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>MLOps maturity assessment</title>
<style nonce="${nonce}">${CSS}</style>
</head>
<body>
<header>
<h1>MLOps maturity assessment</h1>
<p>Scanned by mlops-scan ${h(report.tool.version)}${commit}.</p>
${report.profile.ml.present ? '' : `<p class="warning"><strong>Warning:</strong> ${h(NO_ML_CODE)}</p>\n`}<p class="verdict"><strong>Score: ${summary.percent ?? 'n/a'}%</strong> yes of applicable criteria ·
<strong class="${summary.mature ? 'mature' : 'not-mature'}">MLOps mature: ${summary.mature ? 'yes' : 'no'}</strong> (every criterion of sections 1-4 yes or n/a)</p>
</header>
<section id="chart" aria-label="Score per section">${chart(summary.bySection)}</section>
<section id="filters" aria-label="Filters">
<span>Answer:</span> ${filterButtons('answer', ['all', 'yes', 'no', 'n/a', 'unanswered'])}
<span>Source:</span> ${filterButtons('source', ['all', 'auto', 'human'])}
<span id="shown" aria-live="polite"></span>
</section>
${nextSteps(report)}
<main>
${summary.bySection.map((s) => sectionBlock(report, s)).join('\n')}
</main>
${unreadFiles(report)}
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>
`;
}

function unreadFiles(report: Report): string {
  const ignored = ignoredLine(report);
  const left = ignored ? `<p id="ignored">${h(ignored)}</p>` : '';
  if (report.skipped.length === 0) return left;
  const { listed, more } = skippedListing(report);
  const items = listed.map((skip) => `<li><code>${h(skip.file)}</code>: ${h(skip.reason)}</li>`);
  if (more > 0) items.push(`<li>… and ${more} more (see <code>--format json</code>)</li>`);
  return `<section id="unread" aria-label="Could not read"><h2>Could not read (${report.skipped.length})</h2>\n<ul>${items.join('\n')}</ul></section>${left}`;
}

function chart(sections: readonly SectionScore[]): string {
  const rowHeight = 28;
  const labelWidth = 330;
  const barWidth = 400;
  const height = sections.length * rowHeight + 30;
  const rows = sections.map((s, i) => {
    const total = s.yes + s.no + s.na + s.unanswered;
    const y = i * rowHeight;
    let x = labelWidth;
    const bars = SEGMENTS.map((seg) => {
      const count = s[seg.key];
      const width = total === 0 ? 0 : (barWidth * count) / total;
      const rect = count === 0 ? '' : `<rect class="bar-${seg.key}" x="${x.toFixed(1)}" y="${y + 4}" width="${width.toFixed(1)}" height="${rowHeight - 8}" fill="${seg.color}"><title>${seg.label}: ${count}</title></rect>`;
      x += width;
      return rect;
    }).join('');
    const percent = s.percent === null ? 'n/a' : `${s.percent}%`;
    return `<g class="chart-row" data-section="${s.section}"><text x="0" y="${y + rowHeight / 2 + 5}">${s.section}. ${h(s.title)}</text>${bars}<text x="${labelWidth + barWidth + 8}" y="${y + rowHeight / 2 + 5}">${percent}</text></g>`;
  });
  const legend = SEGMENTS.map((seg, i) => `<rect x="${labelWidth + i * 80}" y="${height - 18}" width="12" height="12" fill="${seg.color}"></rect><text x="${labelWidth + i * 80 + 16}" y="${height - 8}">${seg.label}</text>`).join('');
  return `<svg role="img" aria-label="yes, no, n/a and unanswered criteria per section" viewBox="0 0 ${labelWidth + barWidth + 60} ${height}" width="100%">${rows.join('')}${legend}</svg>`;
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

function sectionBlock(report: Report, s: SectionScore): string {
  const answers = report.answers.filter((a) => a.section === s.section).map(criterionBlock);
  const percent = s.percent === null ? 'n/a' : `${s.percent}%`;
  return `<section class="section"><h2>${s.section}. ${h(s.title)} <small>${s.yes} yes · ${s.no} no · ${s.na} n/a · ${s.unanswered} unanswered · ${percent}</small></h2>\n${answers.join('\n')}</section>`;
}

function criterionBlock(a: ReportAnswer): string {
  const flags = [
    a.source === 'human' ? '<span class="tag human">person</span>' : a.confidence ? `<span class="tag">${a.confidence}</span>` : '',
    a.stale ? '<span class="tag stale">stale: evidence changed, please re-confirm</span>' : '',
    a.disagreement ? `<span class="tag disagree">scanner says ${a.disagreement.answer}</span>` : '',
  ].join('');
  const evidence = a.evidence.map((e) => `<li><code>${h(location(e))}</code> ${h(e.note)}</li>`).join('');
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
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1000px;padding:1rem 1.5rem;color:#222;background:#fff}
h1{margin:.2rem 0}h2{border-bottom:1px solid #ddd;margin-top:2rem}h2 small{font-weight:normal;color:#666;font-size:.75em}
h3{font-size:1rem;margin:.2rem 0}.verdict .mature{color:#2e7d32}.verdict .not-mature{color:#c62828}
svg text{font-size:13px;fill:#222}
#filters{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid #eee;z-index:1}
#filters button{border:1px solid #bbb;background:#f6f6f6;border-radius:4px;padding:.15rem .6rem;cursor:pointer}
#filters button[aria-pressed="true"]{background:#1565c0;color:#fff;border-color:#1565c0}
#shown{margin-left:1rem;color:#666}
.criterion{border:1px solid #e3e3e3;border-radius:6px;padding:.5rem .8rem;margin:.6rem 0}
.criterion[hidden]{display:none}
.answer{display:inline-block;min-width:3.2em;text-align:center;border-radius:4px;color:#fff;font-size:.85em;padding:0 .3em}
.answer.yes{background:#2e7d32}.answer.no{background:#c62828}.answer.na{background:#9e9e9e}.answer.unanswered{background:#f9a825;color:#222}
.tag{font-size:.75em;font-weight:normal;border:1px solid #bbb;border-radius:3px;padding:0 .3em;margin-left:.3em;color:#555}
.tag.human{border-color:#1565c0;color:#1565c0}.tag.stale,.tag.disagree{border-color:#e65100;color:#e65100}
.evidence,.hints{margin:.2rem 0;padding-left:1.2rem}.looked,.to-yes{color:#555;margin:.2rem 0}
code{background:#f3f3f3;padding:0 .2em;border-radius:3px;word-break:break-all}
`;

// Plain JS, no framework: each filter keeps its value; an article shows when it matches both.
const SCRIPT = `
(function () {
  var state = { answer: 'all', source: 'all' };
  var buttons = Array.prototype.slice.call(document.querySelectorAll('button[data-filter]'));
  var articles = Array.prototype.slice.call(document.querySelectorAll('article.criterion'));
  function apply() {
    var shown = 0;
    articles.forEach(function (a) {
      var visible = (state.answer === 'all' || a.dataset.answer === state.answer) &&
        (state.source === 'all' || a.dataset.source === state.source);
      a.hidden = !visible;
      if (visible) shown += 1;
    });
    buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(state[b.dataset.filter] === b.dataset.value)); });
    document.getElementById('shown').textContent = shown + ' of ' + articles.length + ' criteria shown';
  }
  buttons.forEach(function (b) {
    b.addEventListener('click', function () { state[b.dataset.filter] = b.dataset.value; apply(); });
  });
  apply();
})();
`;
