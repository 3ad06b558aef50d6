import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../../src/collect/docs/markdown.js';
import { withoutBase64 } from '../../../src/collect/docs/markdown-tokens.js';

const none = (): boolean => false;
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('readMarkdown line numbers inside a paragraph', () => {
  it('places each link, image and inline <img> on the line it starts on', () => {
    const text = [
      '# Design',
      '',
      'The scorer is described in [the design',
      'note](docs/design.md), with `a code span',
      'over two lines` and <span',
      'class="x">html</span> before',
      '![the flow](img/flow.png) and <img src="img/arch.svg">.',
    ].join('\n');
    const doc = readMarkdown('README.md', text, (f) => f === 'docs/design.md');
    expect(doc.sections[0]?.links.map((l) => [l.target, l.line, l.image])).toEqual([
      ['docs/design.md', 3, false],
      ['img/flow.png', 7, true],
      ['img/arch.svg', 7, true],
    ]);
  });

  it('places a link of a lazy list or quote continuation line on that line', () => {
    const doc = readMarkdown('README.md', '> - Keep [the keys](docs/keys.md)\n>   out, see\n[the guide](https://example.com/guide).\n', none);
    expect(doc.sections[0]?.links.map((l) => [l.target, l.line])).toEqual([
      ['docs/keys.md', 1],
      ['https://example.com/guide', 3],
    ]);
  });
});

describe('readMarkdown link targets', () => {
  it('keeps targets as written: not percent-encoded, and not dropped for their scheme', () => {
    const text = '# P\n\nSee [Übersicht](docs/übersicht.md), [a script](javascript:void(0)) and <https://example.com/a b>.\n';
    const doc = readMarkdown('README.md', text, (f) => f === 'docs/übersicht.md');
    expect(doc.sections[0]?.links.map((l) => [l.target, l.local])).toEqual([
      ['docs/übersicht.md', 'docs/übersicht.md'],
      ['javascript:void(0)', null],
    ]);
  });

  it('resolves reference links, also to a definition inside a quote', () => {
    const doc = readMarkdown('README.md', '# P\n\nRead [the guide][g] and [the ADRs].\n\n> [g]: docs/guide.md\n\n[the adrs]: docs/adr/\n', none);
    expect(doc.sections[0]?.links.map((l) => l.target)).toEqual(['docs/guide.md', 'docs/adr/']);
  });

  it('reads deeply nested lists to the bottom', () => {
    const text = Array.from({ length: 30 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n');
    const doc = readMarkdown('README.md', text, none);
    expect(doc.listItems).toBe(30);
    expect(doc.sections[0]?.text).toContain('level 29');
  });
});

describe('base64 data URIs', () => {
  it('drops the payload and keeps the picture, its line and the text around it', () => {
    const text = `# Flow\n\nThe pipeline:\n\n![pipeline](data:image/png;base64,${PNG})\n<img src="data:image/svg+xml;charset=utf-8;base64,${PNG}" width="10">\n\nDone.\n`;
    const doc = readMarkdown('README.md', text, none);
    expect(doc.sections[0]?.links.map((l) => [l.target, l.line, l.image])).toEqual([
      ['data:image/png;base64,', 5, true],
      ['data:image/svg+xml;charset=utf-8;base64,', 6, true],
    ]);
    expect(doc.sections[0]?.text).toBe('The pipeline:\nDone.');
  });

  it('leaves other data URIs and text that only mentions base64 as they are', () => {
    const plain = 'Encode with `base64,` then post data:text/plain,hello and data:image/png;base64, (empty).';
    expect(withoutBase64(plain)).toBe(plain);
    expect(withoutBase64(`url(data:font/woff2;base64,${PNG})`)).toBe('url(data:font/woff2;base64,)');
  });
});
