// Types for generate-questionnaire.mjs, so the TypeScript test can call it in memory.

export declare const TSV_PATH: string;
export declare const MODULE_PATH: string;
/** The command that rewrites the generated module. */
export declare const REGENERATE: string;

export interface TsvCriterion {
  readonly id: number;
  readonly section: number;
  readonly sectionTitle: string;
  readonly subsection: string;
  readonly statement: string;
}

export declare function parseCriteriaTsv(tsv: string): TsvCriterion[];
export declare function renderQuestionnaireModule(tsv: string): string;
