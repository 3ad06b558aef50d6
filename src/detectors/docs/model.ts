/** A section of the project's documentation: heading path, its text, where it starts. */
export interface DocSection {
  readonly file: string;
  readonly line: number;
  readonly headingPath: readonly string[];
  readonly text: string;
}

export interface DocsFacts {
  readonly sections: readonly DocSection[];
  readonly lookedAt: readonly string[];
}
