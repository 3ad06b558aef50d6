import type { CapabilitySignature } from './select.js';
import { PYSPARK, RAY } from './shared-tools.js';
import { signaturesOf, type Tool, type ToolIdentity } from './tool.js';

/**
 * Data gathering, analysis and cleaning code (criterion 16). Reading a dataset counts as gathering;
 * the transforms count as cleaning; tokenising a corpus into a training file counts as preparation.
 * Spark and polars frames are local names, so their methods are accepted only in modules importing the
 * library. Constructing a DataFrame is not preparation by itself (a notebook's table of results):
 * 'frame-construction' is weak evidence, never `yes` alone.
 */
export type DataPrepCapability = 'data-preparation' | 'frame-construction';

export const NUMPY: ToolIdentity = { id: 'numpy', name: 'NumPy', docs: 'https://numpy.org/doc/stable/' };

export const DATA_PREP_TOOLS: readonly Tool<DataPrepCapability>[] = [
  {
    id: 'pandas',
    name: 'pandas',
    docs: 'https://pandas.pydata.org/docs/',
    proves: {
      'data-preparation': {
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
          '**.dropna',
          '**.fillna',
          '**.drop_duplicates',
          '**.groupby',
          '**.merge',
          '**.apply',
          '**.to_parquet',
          '**.to_csv',
        ],
      },
      'frame-construction': { imports: ['pandas'], calls: ['pandas.DataFrame'] },
    },
  },
  {
    id: 'polars',
    name: 'polars',
    docs: 'https://docs.pola.rs/',
    proves: {
      'data-preparation': {
        imports: ['polars'],
        calls: ['polars.read_*', 'polars.scan_*', 'polars.col', 'polars.concat', '**.with_columns', '**.group_by', '**.drop_nulls', '**.fill_null'],
      },
    },
  },
  {
    ...PYSPARK,
    proves: {
      'data-preparation': {
        imports: ['pyspark'],
        calls: ['pyspark.sql.functions.*', '**.withColumn', '**.groupBy', '**.dropDuplicates', '**.dropna', '**.read.*', '**.write.**', '**.saveAsTable'],
      },
    },
  },
  {
    id: 'dask',
    name: 'Dask',
    docs: 'https://docs.dask.org/',
    proves: { 'data-preparation': { imports: ['dask'], calls: ['dask.dataframe.read_*', 'dask.dataframe.from_pandas', '**.map_partitions'] } },
  },
  { id: 'duckdb', name: 'DuckDB', docs: 'https://duckdb.org/docs/', proves: { 'data-preparation': { imports: ['duckdb'], calls: ['duckdb.sql', 'duckdb.query', 'duckdb.read_*', '**.execute'] } } },
  { id: 'dbt', name: 'dbt', docs: 'https://docs.getdbt.com/', proves: { 'data-preparation': { imports: [], configFiles: ['**/dbt_project.yml'] } } },
  {
    id: 'huggingface-datasets',
    name: 'Hugging Face datasets',
    docs: 'https://huggingface.co/docs/datasets',
    proves: {
      'data-preparation': {
        imports: ['datasets'],
        calls: ['datasets.load_dataset', 'datasets.load_from_disk', 'datasets.Dataset.from_*', 'datasets.concatenate_datasets', '**.map', '**.filter', '**.train_test_split', '**.save_to_disk'],
      },
    },
  },
  {
    // Tokenising a corpus (tiktoken's encode_ordinary, training a tokenizer); plain `encode` also serves inference.
    // Several libraries, one kind of step: documented by the Hugging Face tokenizers' pipeline.
    id: 'tokenizer-pipeline',
    name: 'tokenizer pipeline',
    docs: 'https://huggingface.co/docs/tokenizers/pipeline',
    proves: {
      'data-preparation': {
        imports: ['tiktoken', 'tokenizers', 'sentencepiece'],
        calls: ['**.encode_ordinary', '**.encode_ordinary_batch', '**.train_from_iterator', 'sentencepiece.SentencePieceTrainer.train', 'sentencepiece.SentencePieceTrainer.Train'],
      },
    },
  },
  {
    // https://beam.apache.org/documentation/programming-guide/ (Dataflow pipelines reading and transforming data)
    id: 'apache-beam',
    name: 'Apache Beam',
    docs: 'https://beam.apache.org/documentation/',
    proves: {
      'data-preparation': {
        imports: ['apache_beam'],
        calls: ['apache_beam.io.**', 'apache_beam.Map', 'apache_beam.FlatMap', 'apache_beam.Filter', 'apache_beam.ParDo', 'apache_beam.GroupByKey', 'apache_beam.CombinePerKey', 'apache_beam.Partition'],
      },
    },
  },
  {
    // A `preprocessing_fn` of TF Transform analyses and transforms the whole dataset (tft.scale_to_z_score ...).
    id: 'tensorflow-transform',
    name: 'TF Transform',
    docs: 'https://www.tensorflow.org/tfx/transform/get_started',
    proves: { 'data-preparation': { imports: ['tensorflow_transform'], calls: ['tensorflow_transform.**'] } },
  },
  {
    // tf.data input pipelines: reading records and mapping/batching them.
    id: 'tf-data',
    name: 'tf.data',
    docs: 'https://www.tensorflow.org/guide/data',
    proves: { 'data-preparation': { imports: ['tensorflow'], calls: ['tensorflow.data.**', 'tensorflow.io.parse_example', 'tensorflow.io.parse_single_example'] } },
  },
  {
    id: 'torchvision-transforms',
    name: 'torchvision transforms',
    docs: 'https://pytorch.org/vision/stable/transforms.html',
    proves: { 'data-preparation': { imports: ['torchvision'], calls: ['torchvision.transforms.**', 'torchvision.transforms.v2.**'] } },
  },
  {
    // Audio decoding and feature extraction (resampling, spectrograms).
    id: 'audio-features',
    name: 'audio feature extraction',
    docs: 'https://pytorch.org/audio/stable/transforms.html',
    proves: { 'data-preparation': { imports: ['torchaudio', 'librosa'], calls: ['torchaudio.load', 'torchaudio.transforms.**', 'torchaudio.functional.**', 'librosa.load', 'librosa.feature.**', 'librosa.resample'] } },
  },
  {
    // Training data queried from the warehouse (`client.query(sql).to_dataframe()`).
    id: 'bigquery',
    name: 'BigQuery',
    docs: 'https://cloud.google.com/python/docs/reference/bigquery/latest',
    proves: { 'data-preparation': { imports: ['google.cloud.bigquery'], calls: ['google.cloud.bigquery.Client.query', '**.query', '**.load_table_from_dataframe', '**.to_dataframe'] } },
  },
  { ...NUMPY, proves: { 'data-preparation': { label: 'NumPy dataset file', imports: ['numpy'], calls: ['**.tofile'] } } },
  { ...RAY, proves: { 'data-preparation': { label: 'Ray Data', imports: ['ray'], calls: ['ray.data.read_*'] } } },
];

export const DATA_PREP: readonly CapabilitySignature<DataPrepCapability>[] = signaturesOf(DATA_PREP_TOOLS, ['data-preparation']);

/** Weak evidence: a DataFrame built from values may be data or a table of results. Never `yes` alone. */
export const WEAK_DATA_PREP: readonly CapabilitySignature<DataPrepCapability>[] = signaturesOf(DATA_PREP_TOOLS, ['frame-construction']);

/** A dataset file written through a memory map (`np.memmap(path, mode='w+')`); reading one is training. */
export const MEMMAP_WRITE = {
  toolId: NUMPY.id,
  label: 'NumPy dataset file',
  imports: ['numpy'],
  calls: ['numpy.memmap', 'numpy.lib.format.open_memmap'],
  writeMode: /mode\s*=\s*["'](w\+|r\+)["']/,
} as const;

/**
 * How strong a data preparation call is, for ranking evidence: reading or loading a dataset first, then
 * cleaning and transforming, then writing results. Matched on the evidence note (tool: snippet).
 */
export const DATA_PREP_RANK: readonly RegExp[] = [
  /\b(read_\w+|scan_\w+|load_dataset|load_from_disk|read\.\w+|sql|query)\s*\(/,
  /\.(dropna|fillna|drop_duplicates|dropDuplicates|drop_nulls|fill_null|merge|groupby|groupBy|group_by|apply|map|filter|with_columns|withColumn|get_dummies|encode_ordinary\w*|train_from_iterator)\s*\(|\b(merge|concat|get_dummies|to_datetime|to_numeric|cut|qcut|pivot_table)\s*\(/,
];

/**
 * SQL files are data preparation in an ML repository, but not schema migrations of an application
 * (migration folders, `schema_changes.sql`, Flyway `V1__init.sql`, `create_tables.sql`) nor the SQL
 * of a design proposal.
 */
export const SQL_FILES = ['**/*.sql'] as const;
export const NOT_DATA_PREP_SQL =
  /(^|\/)(migrations?|alembic|flyway|liquibase|schemas?|proposals?|rfcs?|ddl)(\/|$)|(^|\/)test|(^|\/)[^/]*(schema|migrat|ddl|create_tables?)[^/]*\.sql$|(^|\/)V\d+__[^/]*\.sql$/i;

/** A statement that reads or writes rows; a file without one only defines or changes a schema. */
const SQL_DATA_STATEMENT = /\b(select|insert\s+into|merge\s+into|copy\s+into|update\s+\w+\s+set)\b/i;

/** Whether SQL text only defines or changes schema (DDL): not data preparation. */
export function onlySchemaSql(text: string): boolean {
  return !SQL_DATA_STATEMENT.test(text.replace(/--[^\n]*/g, ''));
}
