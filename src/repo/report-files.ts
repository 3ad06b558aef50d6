import fg from 'fast-glob';

/**
 * The JSON files under a folder the user named (CI artefacts, as actions/download-artifact lays them
 * out: one folder per artefact), in path order. Links are not followed.
 */
export async function jsonFilesUnder(folder: string): Promise<string[]> {
  const files = await fg('**/*.json', { cwd: folder, dot: false, onlyFiles: true, followSymbolicLinks: false, suppressErrors: true, absolute: false });
  return files.sort().map((file) => (folder.endsWith('/') ? `${folder}${file}` : `${folder}/${file}`));
}
