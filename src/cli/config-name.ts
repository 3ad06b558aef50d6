/** The repository's own settings file; its name alone, so `--help` shows it without loading the YAML parser. */
export const CONFIG_FILE = '.mlops-scan.yaml';
