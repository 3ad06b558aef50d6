import type { Rule } from './rule.js';
import { evidence, no, nonEmpty, unanswered, yes } from '../model/answer.js';
import { dataPrepCode, firstPerFile, toolNames } from '../evidence/ml-lifecycle.js';

export const rule: Rule = {
  id: 16,
  kind: 'detects',
  answers: ['yes', 'no', 'unanswered'],
  looksFor: 'tracked data preparation code: pandas/polars/PySpark/Dask/DuckDB reads and transforms, Hugging Face datasets, tokenizer pipelines and NumPy dataset files in scripts or notebooks, dbt projects, SQL files',
  toYes: 'Commit the code that gathers, analyses and cleans the data (scripts, notebooks, dbt models or SQL) to the repository.',
  async answer({ facts }) {
    const prep = await dataPrepCode(facts);
    const sql = prep.sqlFiles.slice(0, 3).map((file) => evidence(file, null, 'SQL data preparation file'));
    const code = nonEmpty([...firstPerFile(prep.usages), ...sql]);
    if (code && prep.usages.length > 0) {
      return yes(`Data preparation code is tracked (${toolNames(prep.usages)}).`, code);
    }
    if (code) {
      return yes('SQL files are tracked; confirm they prepare the model\'s data.', code, { confidence: 'medium' });
    }
    const weak = nonEmpty(firstPerFile(prep.weak, 3));
    if (weak) {
      return unanswered('DataFrames are built, but nothing reads, cleans or transforms data; they may only be tables of results.', {
        evidence: weak,
        hints: ['Check whether the code that gathers and cleans the training data is tracked here.'],
      });
    }
    return no(
      'No data loading or cleaning code (pandas, polars, Spark, Dask, DuckDB, Hugging Face datasets, tokenizer pipelines, dbt, SQL) is tracked.',
      ['Python sources and notebooks (data library calls)', '**/dbt_project.yml', '**/*.sql'],
      {
        evidence: prep.importOnly.slice(0, 5),
        hints: prep.importOnly.length > 0 ? ['Data libraries are imported but never called; check whether the data code lives elsewhere.'] : [],
      },
    );
  },
};
