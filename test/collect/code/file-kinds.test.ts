import { describe, expect, it } from 'vitest';
import { illustrativeKind, isTestData, isTestFile, onlyIllustrates, ownsCodeBesideIllustrations } from '../../../src/collect/code/file-kinds.js';
import { NOT_DATA_PREP_SQL, onlySchemaSql } from '../../../src/knowledge/data-prep.js';

describe('illustrativeKind', () => {
  it('names teaching folders by their segments only', () => {
    expect(illustrativeKind('examples/credit-risk/train.py')).toBe('teaching');
    expect(illustrativeKind('docs/tutorials/azure/notebooks/part3.ipynb')).toBe('teaching');
    expect(illustrativeKind('infra/website/docs/blog/rollback.md')).toBe('teaching');
    expect(illustrativeKind('sdk/demo/app.py')).toBe('teaching');
    expect(illustrativeKind('notebooks/official/train.ipynb')).toBeNull();
    expect(illustrativeKind('src/examples_loader.py')).toBeNull();
    expect(illustrativeKind('course/week1/train.py')).toBeNull();
  });

  it('names coding-assistant instructions', () => {
    expect(illustrativeKind('.claude/skills/user-guide/SKILL.md')).toBe('assistant');
    expect(illustrativeKind('.cursor/rules/python.mdc')).toBe('assistant');
    expect(illustrativeKind('AGENTS.md')).toBe('assistant');
    expect(illustrativeKind('sdk/CLAUDE.md')).toBe('assistant');
    expect(illustrativeKind('README.md')).toBeNull();
  });
});

describe('onlyIllustrates', () => {
  it('sets examples apart when the repository has code of its own', () => {
    const files = ['examples/churn/train.py', 'src/store/core.py', 'tests/test_core.py'];
    expect(ownsCodeBesideIllustrations(files)).toBe(true);
    expect(onlyIllustrates('examples/churn/train.py', files)).toBe(true);
    expect(onlyIllustrates('src/store/core.py', files)).toBe(false);
  });

  it('keeps the examples of a samples collection, but never assistant instructions', () => {
    const files = ['CLAUDE.md', 'README.md', 'samples/churn/train.py', 'tests/test_train.py'];
    expect(ownsCodeBesideIllustrations(files)).toBe(false);
    expect(onlyIllustrates('samples/churn/train.py', files)).toBe(false);
    expect(onlyIllustrates('CLAUDE.md', files)).toBe(true);
  });
});

describe('isTestFile', () => {
  it('counts test data (fixture pipelines, golden inputs) with the tests', () => {
    expect(isTestFile('sdk/python/test_data/pipelines/iris_pipeline.py')).toBe(true);
    expect(isTestFile('backend/testdata/pipeline.py')).toBe(true);
    expect(isTestFile('pkg/test-data/train.py')).toBe(true);
    expect(isTestFile('tests/fixtures/model.py')).toBe(true);
    expect(isTestData('tests/fixtures/model.py')).toBe(true);
    expect(isTestData('tests/test_model.py')).toBe(false);
    expect(isTestFile('src/pipelines/iris_pipeline.py')).toBe(false);
    expect(isTestFile('src/data/fixture_loader.py')).toBe(false);
  });
});

describe('NOT_DATA_PREP_SQL and onlySchemaSql', () => {
  it('sets schema changes, migrations and proposals apart from data preparation SQL', () => {
    expect(NOT_DATA_PREP_SQL.test('proposals/12147-mlmd-removal/schema_changes.sql')).toBe(true);
    expect(NOT_DATA_PREP_SQL.test('db/V2__add_runs.sql')).toBe(true);
    expect(NOT_DATA_PREP_SQL.test('backend/migrations/001.sql')).toBe(true);
    expect(NOT_DATA_PREP_SQL.test('sql/create_tables.sql')).toBe(true);
    expect(NOT_DATA_PREP_SQL.test('features/customer_features.sql')).toBe(false);
  });

  it('reads a file without row statements as DDL', () => {
    expect(onlySchemaSql('CREATE TABLE runs (id INT);\n-- select later\nALTER TABLE runs ADD COLUMN x INT;')).toBe(true);
    expect(onlySchemaSql('CREATE TABLE f AS SELECT user_id, avg(amount) FROM tx GROUP BY user_id;')).toBe(false);
  });
});
