/**
 * Templated YAML (Helm chart templates, Jinja/Go-template manifests) is not YAML until rendered: parsing
 * it fails or yields nonsense, and a failed parse would be reported as a file the scan could not read.
 * Detectors leave such files to the tool that renders them (the chart, the templating step).
 */

/** A template directive opening a line (`{{- if .Values.x }}`, `{% for %}`) or an unquoted templated value (`key: {{ .Values.x }}`). */
const TEMPLATE_DIRECTIVE = /^\s*(?:-\s+)?(?:\{\{|\{%)|:\s+\{\{[^"'\n]*\}\}\s*$/m;

export function isTemplatedYaml(text: string): boolean {
  return TEMPLATE_DIRECTIVE.test(text);
}

/** A file inside a Helm chart's `templates/` folder (the chart folder holds Chart.yaml). */
export function isChartTemplate(file: string, chartDirs: readonly string[]): boolean {
  return chartDirs.some((dir) => file.startsWith(dir === '' || dir === '.' ? 'templates/' : `${dir}/templates/`));
}
