import type { FileProbe } from './file-probe.js';

/** Docs sites that render API documentation from the code's docstrings (criterion 37). */
export const API_DOCS_SITES: readonly FileProbe[] = [
  { tool: 'mkdocstrings', capability: 'api-docs', files: ['**/mkdocs.yml', '**/mkdocs.yaml'], line: /^\s*-?\s*mkdocstrings\b/ },
  { tool: 'Sphinx autodoc', capability: 'api-docs', files: ['**/conf.py'], line: /["'](sphinx\.ext\.autodoc|autoapi\.extension|sphinx\.ext\.autosummary)["']/ },
  { tool: 'pdoc', capability: 'api-docs', files: ['**/*.sh', '**/Makefile', '.github/workflows/*.yml', '.github/workflows/*.yaml', '**/tox.ini', '**/noxfile.py'], line: /\bpdoc\s+/ },
  { tool: 'TypeDoc', capability: 'api-docs', files: ['**/typedoc.json', '**/typedoc.config.*'], line: null },
  { tool: 'TypeDoc', capability: 'api-docs', files: ['**/package.json'], line: /"[^"]*":\s*"[^"]*\btypedoc\b/ },
];
