import { randomBytes } from 'node:crypto';
import { SECTIONS } from '../model/questionnaire.js';
import type { AnswerValue } from '../model/answer.js';
import { escapeHtml as h } from './escape.js';
import { mixedVersionsLine, rowsNoun, SECTION_IDS, type Aggregate, type AggregateRow, type CriterionSpread } from './aggregate.js';

// One self-contained page like the scan's HTML report (inline CSS and script, a nonce CSP, no URL): a
// table of repositories × sections and a heat map of repositories × criteria, the weakest criteria
// first; every column header sorts the rows.

/** A heat-map cell is narrow: `unanswered` shows as `?`, and its title and the legend say the word. */
const MARK: Readonly<Record<AnswerValue, string>> = { yes: 'yes', no: 'no', 'n/a': 'n/a', unanswered: '?' };
/** Sort order of an answer in a column: yes above unanswered above no; n/a (does not apply) last. */
const RANK: Readonly<Record<AnswerValue, number>> = { yes: 3, unanswered: 2, no: 1, 'n/a': 0 };

export function renderAggregateHtml(aggregate: Aggregate): string {
  const nonce = randomBytes(16).toString('base64');
  const rows = aggregate.repositories;
  const mixed = mixedVersionsLine(aggregate);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>MLOps maturity across ${rows.length} ${rowsNoun(rows)}</title>
<style nonce="${nonce}">${CSS}</style>
</head>
<body>
<h1>MLOps maturity across ${rows.length} ${rowsNoun(rows)}</h1>
<p>Aggregated by mlops-scan ${h(aggregate.tool.version)}. Click a column header to sort.</p>
${mixed ? `<p class="warning"><strong>Note:</strong> ${h(mixed)}</p>\n` : ''}<h2>Score per section</h2>
${sectionTable(rows)}
<h2>Heat map: every criterion, the weakest across the repositories first</h2>
<p class="legend"><span class="cell a-yes">yes</span> <span class="cell a-unanswered">? unanswered</span> <span class="cell a-no">no</span> <span class="cell a-na">n/a</span></p>
${heatMap(rows, aggregate.criteria)}
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>
`;
}

function sectionTable(rows: readonly AggregateRow[]): string {
  const head = ['Repository', 'Tool', 'Schema', 'Score', 'Mature', ...SECTION_IDS.map((s) => `${s}. ${SECTIONS[s]}`)];
  const body = rows.map((row) => {
    const cells = [
      nameCell(row),
      `<td data-sort="${h(row.tool.version)}">${h(row.tool.version)}</td>`,
      `<td data-sort="${row.schemaVersion}">${row.schemaVersion}</td>`,
      percentCell(row.percent),
      `<td data-sort="${row.mature ? 1 : 0}">${row.mature ? 'yes' : 'no'}</td>`,
      ...row.sections.map((s) => percentCell(s.percent)),
    ];
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table class="sortable" id="sections"><thead><tr>${head.map(headerCell).join('')}</tr></thead><tbody>${body.join('\n')}</tbody></table>`;
}

function heatMap(rows: readonly AggregateRow[], criteria: readonly CriterionSpread[]): string {
  const head = ['<th><button type="button">Repository</button></th>', ...criteria.map((c) => `<th title="${c.id}. ${h(c.statement)} (${c.percent === null ? 'n/a' : `${c.percent}% yes`})"><button type="button">${c.id}</button></th>`)];
  const body = rows.map((row) => {
    const cells = criteria.map((c) => {
      const answer = row.answers[String(c.id)];
      if (answer === undefined) return '<td class="cell" data-sort="-1">–</td>';
      return `<td class="cell a-${answer === 'n/a' ? 'na' : answer}" data-sort="${RANK[answer]}" title="${h(row.name)} · ${c.id}. ${h(c.statement)}: ${answer}">${MARK[answer]}</td>`;
    });
    return `<tr>${nameCell(row)}${cells.join('')}</tr>`;
  });
  return `<div class="scroll"><table class="sortable heat" id="heatmap"><thead><tr>${head.join('')}</tr></thead><tbody>${body.join('\n')}</tbody></table></div>`;
}

function headerCell(label: string): string {
  return `<th><button type="button">${h(label)}</button></th>`;
}

function nameCell(row: AggregateRow): string {
  const commit = row.commit ? ` at ${row.commit.slice(0, 12)}` : '';
  return `<th scope="row" data-sort="${h(row.name)}" title="${h(row.source)}${h(commit)}">${h(row.name)}</th>`;
}

function percentCell(percent: number | null): string {
  return `<td data-sort="${percent ?? -1}">${percent === null ? 'n/a' : `${percent}%`}</td>`;
}

const CSS = `
body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1400px;padding:1rem 1.5rem;color:#222;background:#fff}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ddd;padding:.2rem .4rem;text-align:right}
th[scope="row"]{text-align:left;white-space:nowrap}thead th button{border:0;background:none;font:inherit;font-weight:bold;cursor:pointer;padding:0}
thead th[aria-sort] button::after{content:" ↕";color:#888}
.heat td{text-align:center;font-size:.75em;min-width:2.2em}.scroll{overflow-x:auto}
.cell{display:table-cell}.legend .cell{display:inline-block;padding:0 .5em;border-radius:3px}
.a-yes{background:#2e7d32;color:#fff}.a-no{background:#c62828;color:#fff}.a-na{background:#e0e0e0;color:#555}.a-unanswered{background:#f9a825;color:#222}
.warning{background:#fff3e0;border-left:4px solid #e65100;padding:.4rem .6rem}
`;

// Plain JS: a header click sorts the body rows by that column's data-sort (numbers as numbers),
// the second click the other way round.
const SCRIPT = `
(function () {
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    var headers = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    headers.forEach(function (th, column) {
      th.setAttribute('aria-sort', 'none');
      th.querySelector('button').addEventListener('click', function () {
        var descending = th.getAttribute('aria-sort') !== 'descending';
        headers.forEach(function (other) { other.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].dataset.sort, y = b.cells[column].dataset.sort;
          var nx = Number(x), ny = Number(y);
          var order = (isNaN(nx) || isNaN(ny)) ? x.localeCompare(y) : nx - ny;
          return descending ? -order : order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();
`;
