/** The file texts evidence helpers read (`repoTexts`), given in memory: path → content. */
export function fakeTexts(files: Record<string, string>) {
  return { matching: () => Object.keys(files), text: (file: string) => files[file] ?? null };
}
