import { randomBytes } from 'node:crypto';
import { SECTIONS, type SectionId } from '../model/questionnaire.js';
import { escapeHtml as h } from './escape.js';
import { SECTION_IDS } from './aggregate.js';
import type { Flip, Trend } from './trend.js';

// One self-contained page like the scan's HTML report (inline CSS, SVG, a nonce CSP, no URL, no script):
// a line chart per section, each change of a criterion marked where it happened.

const WIDTH = 640;
const HEIGHT = 180;
const PAD = { left: 40, right: 16, top: 12, bottom: 28 };

export function renderTrendHtml(trend: Trend): string {
  const nonce = randomBytes(16).toString('base64');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>MLOps maturity over time</title>
<style nonce="${nonce}">${CSS}</style>
</head>
<body>
<h1>MLOps maturity over time</h1>
<p>${trend.points.length} points (every ${h(trend.every)}) of <code>${h(trend.target.path)}</code>, scanned by mlops-scan ${h(trend.tool.version)} from the git object store.
Markers: <span class="up">▲ became yes</span>, <span class="down">▼ lost yes</span>, <span class="other">● other change</span>.</p>
${SECTION_IDS.map((section) => sectionChart(trend, section)).join('\n')}
<h2>What changed</h2>
${flipTable(trend.flips)}
</body>
</html>
`;
}

function sectionChart(trend: Trend, section: SectionId): string {
  const { points } = trend;
  const innerWidth = WIDTH - PAD.left - PAD.right;
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number): number => PAD.left + (points.length <= 1 ? innerWidth / 2 : (innerWidth * i) / (points.length - 1));
  const y = (percent: number): number => PAD.top + innerHeight * (1 - percent / 100);
  const values = points.map((p) => p.sections.find((s) => s.section === section)?.percent ?? null);
  const line = values
    .map((v, i) => (v === null ? null : `${x(i).toFixed(1)},${y(v).toFixed(1)}`))
    .filter((v): v is string => v !== null)
    .join(' ');
  const dots = values
    .map((v, i) => (v === null ? '' : `<circle class="point" cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3.5"><title>${h(points[i]?.label ?? '')}: ${v}%</title></circle>`))
    .join('');
  const grid = [0, 50, 100].map((v) => `<line class="grid" x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${y(v)}" y2="${y(v)}"></line><text class="axis" x="${PAD.left - 6}" y="${y(v) + 4}" text-anchor="end">${v}%</text>`).join('');
  const labels = points.map((p, i) => `<text class="axis" x="${x(i).toFixed(1)}" y="${HEIGHT - 8}" text-anchor="middle">${h(p.label.length > 14 ? `${p.label.slice(0, 13)}…` : p.label)}</text>`).join('');
  const markers = points
    .slice(1)
    .map((point, i) => {
      const flips = trend.flips.filter((f) => f.section === section && f.range.to === point.commit);
      if (flips.length === 0) return '';
      const mid = (x(i) + x(i + 1)) / 2;
      const kind = flips.every((f) => f.to === 'yes') ? 'up' : flips.every((f) => f.from === 'yes') ? 'down' : 'other';
      const symbol = kind === 'up' ? '▲' : kind === 'down' ? '▼' : '●';
      const title = flips.map((f) => `${f.id}: ${f.from} → ${f.to}${f.commit ? ` at ${f.commit.slice(0, 12)}` : ''}`).join('; ');
      return `<g class="flip ${kind}"><line x1="${mid.toFixed(1)}" x2="${mid.toFixed(1)}" y1="${PAD.top}" y2="${HEIGHT - PAD.bottom}"></line><text x="${mid.toFixed(1)}" y="${PAD.top + 10}" text-anchor="middle">${symbol} ${flips.map((f) => f.id).join(',')}</text><title>${h(title)}</title></g>`;
    })
    .join('');
  return `<section class="chart" data-section="${section}"><h2>${section}. ${h(SECTIONS[section])}</h2>
<svg role="img" aria-label="score of section ${section} per point" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%">${grid}${markers}<polyline class="line" points="${line}"></polyline>${dots}${labels}</svg></section>`;
}

function flipTable(flips: readonly Flip[]): string {
  if (flips.length === 0) return '<p>No criterion changed its answer between the points.</p>';
  const rows = flips.map(
    (f) =>
      `<tr class="flip-row"><td>${f.id}</td><td>${h(f.statement)}</td><td>${f.from} → ${f.to}</td><td><code>${f.range.from.slice(0, 12)}..${f.range.to.slice(0, 12)}</code></td><td>${f.commit ? `<code>${f.commit.slice(0, 12)}</code>` : '–'}</td></tr>`,
  );
  return `<table id="flips"><thead><tr><th>#</th><th>Criterion</th><th>Change</th><th>Between</th><th>Commit (--pinpoint)</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

const CSS = `
body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;max-width:900px;padding:1rem 1.5rem;color:#222;background:#fff}
.chart h2{font-size:1rem;margin:1.2rem 0 .2rem}svg text{font-size:11px;fill:#555}
.grid{stroke:#e5e5e5}.line{fill:none;stroke:#1565c0;stroke-width:2}.point{fill:#1565c0}
.flip line{stroke-dasharray:3 3}.flip.up line{stroke:#2e7d32}.flip.down line{stroke:#c62828}.flip.other line{stroke:#f9a825}
.flip.up text,.up{fill:#2e7d32;color:#2e7d32}.flip.down text,.down{fill:#c62828;color:#c62828}.flip.other text,.other{fill:#b07d00;color:#b07d00}
table{border-collapse:collapse}th,td{border:1px solid #ddd;padding:.2rem .4rem;text-align:left}
`;
