/**
 * Hosts of documentation sites outside a repository. A README that links to one of them again and again
 * says the project's real documentation lives there, a place a static scan of the repository never reads,
 * so the documentation criteria cannot be sure of a `no`.
 */
export const DOCS_SITE_HOSTS: readonly RegExp[] = [
  /^docs\./, // docs.ultralytics.com, docs.example.org
  /\.readthedocs\.(io|org)$/, // https://docs.readthedocs.io/en/stable/custom-domains.html
  /\.github\.io$/, // GitHub Pages
  /\.gitbook\.io$/,
  /\.netlify\.app$/,
];

/**
 * Links to one host from the README before that host counts as the project's documentation site: one
 * link is a reference (a framework's docs), a site the README keeps sending readers to is where the
 * project is documented.
 */
export const DOCS_SITE_MIN_LINKS = 5;
