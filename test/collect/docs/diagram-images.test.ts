import { describe, expect, it } from 'vitest';
import { diagramImages } from '../../../src/collect/docs/diagram-images.js';
import { readMarkdown } from '../../../src/collect/docs/markdown.js';
import type { DocFile } from '../../../src/collect/docs/model.js';

const readme = (markdown: string, notDocumentation: DocFile['notDocumentation'] = null) => [
  {
    info: { file: 'README.md', format: 'markdown' as const, titles: [], notDocumentation },
    sections: readMarkdown('README.md', markdown, () => false).sections,
  },
];

describe('diagramImages', () => {
  it('takes pictures named like a diagram (file or folder) or under an architecture or flow heading', () => {
    const found = diagramImages(readme([
      '# Tagger',
      '## Notebook',
      '<img src="https://example.com/static/images/systems-design/workloads.png">',
      '## Architecture',
      '### Serving',
      '![serving](img/serving.png)',
      '## Results',
      '![loss](img/loss.png)',
    ].join('\n\n')));
    expect(found.map((i) => [i.target, i.why])).toEqual([
      ['https://example.com/static/images/systems-design/workloads.png', 'name'],
      ['img/serving.png', 'heading'],
    ]);
  });

  it('leaves out badges, video thumbnails, logos and link lists', () => {
    expect(diagramImages(readme([
      '# Tagger',
      '## Deployment',
      '![build](https://github.com/x/y/actions/workflows/deploy.yml/badge.svg)',
      '[![video](https://img.youtube.com/vi/abc/0.jpg)](https://youtu.be/abc)',
      '![logo](img/logo_flow.png)',
    ].join('\n')))).toEqual([]);
    expect(diagramImages(readme('# Awesome\n## Pipelines\n![flow](img/flow.png)\n', 'awesome-list'))).toEqual([]);
  });
});
