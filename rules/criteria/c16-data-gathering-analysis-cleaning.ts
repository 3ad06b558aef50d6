import type { Rule } from '../../src/engine/rule.js';
import { evidence, no, nonEmpty, yes } from '../../src/model/answer.js';
import { dataPrepCode, firstPerFile, toolNames } from '../../src/knowledge/ml-lifecycle.js';

export const rule: Rule = {
  id: 16,
  kind: 'detects',
  looksFor: 'tracked data preparation code: pandas/polars/PySpark/Dask/DuckDB calls in scripts or notebooks, dbt projects, SQL files',
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
    return no(
      'No data loading or cleaning code (pandas, polars, Spark, Dask, DuckDB, dbt, SQL) is tracked.',
      ['Python sources and notebooks (data library calls)', '**/dbt_project.yml', '**/*.sql'],
      {
        evidence: prep.importOnly.slice(0, 5),
        hints: prep.importOnly.length > 0 ? ['Data libraries are imported but never called; check whether the data code lives elsewhere.'] : [],
      },
    );
  },
};
