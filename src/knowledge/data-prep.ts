import type { CapabilitySignature } from './select.js';

/**
 * Data gathering, analysis and cleaning code (criterion 16). Reading a dataset counts as gathering;
 * the transforms count as cleaning. Spark and polars frames are local names, so their methods are
 * accepted only in modules importing the library.
 */
export type DataPrepCapability = 'data-preparation';

export const DATA_PREP: readonly CapabilitySignature<DataPrepCapability>[] = [
  {
    tool: 'pandas',
    capability: 'data-preparation',
    imports: ['pandas'],
    calls: [
      'pandas.read_*',
      'pandas.merge',
      'pandas.concat',
      'pandas.get_dummies',
      'pandas.to_datetime',
      'pandas.to_numeric',
      'pandas.cut',
      'pandas.qcut',
      'pandas.pivot_table',
      'pandas.DataFrame',
      '**.dropna',
      '**.fillna',
      '**.drop_duplicates',
      '**.groupby',
      '**.to_parquet',
      '**.to_csv',
    ],
  },
  {
    tool: 'polars',
    capability: 'data-preparation',
    imports: ['polars'],
    calls: ['polars.read_*', 'polars.scan_*', 'polars.col', 'polars.concat', '**.with_columns', '**.group_by', '**.drop_nulls', '**.fill_null'],
  },
  {
    tool: 'PySpark',
    capability: 'data-preparation',
    imports: ['pyspark'],
    calls: ['pyspark.sql.functions.*', '**.withColumn', '**.groupBy', '**.dropDuplicates', '**.dropna', '**.read.*', '**.write.**', '**.saveAsTable'],
  },
  { tool: 'Dask', capability: 'data-preparation', imports: ['dask'], calls: ['dask.dataframe.read_*', 'dask.dataframe.from_pandas', '**.map_partitions'] },
  { tool: 'DuckDB', capability: 'data-preparation', imports: ['duckdb'], calls: ['duckdb.sql', 'duckdb.query', 'duckdb.read_*', '**.execute'] },
  { tool: 'dbt', capability: 'data-preparation', imports: [], configFiles: ['**/dbt_project.yml'] },
];

/** SQL files are data preparation in an ML repository, but not schema migrations of an application. */
export const SQL_FILES = ['**/*.sql'] as const;
export const NOT_DATA_PREP_SQL = /(^|\/)(migrations?|alembic|flyway|liquibase|schema)(\/|$)|(^|\/)test/i;
