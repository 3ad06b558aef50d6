import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { AnswersFileError, loadAnswersFile, parseAnswers } from '../../src/answers/answers-file.js';
import type { HumanAnswer } from '../../src/answers/human-answer.js';
import { recordAnswer } from '../../src/answers/save-answers.js';
import { tempDir } from '../helpers/fixture-repo.js';

const SMALLEST = 'answers:\n  15: {answer: "yes", comment: "prod data mirrored to staging nightly"}\n';

function answer(id: number, value: HumanAnswer['answer'], extra: Partial<HumanAnswer> = {}): HumanAnswer {
  return { id, answer: value, comment: null, who: 'Ada', when: '2025-03-01T10:00:00.000Z', fingerprint: 'abcdef0123456789', ...extra };
}

function fileWith(text: string): string {
  const file = path.join(tempDir('answers-'), 'mlops-assessment.yaml');
  writeFileSync(file, text);
  return file;
}

describe('loading the answers file', () => {
  it('loads the smallest hand-written file as it is', () => {
    const { answers } = parseAnswers(SMALLEST, 'f.yaml');
    expect([...answers.values()]).toEqual([
      { id: 15, answer: 'yes', comment: 'prod data mirrored to staging nightly', who: null, when: null, fingerprint: null },
    ]);
  });

  it('accepts quoted ids, unquoted yes/no (YAML 1.2 strings), an empty file and an empty answers map', () => {
    const { answers } = parseAnswers('answers:\n  "3":\n    answer: no\n  7: {answer: n/a}\n', 'f');
    expect([...answers.values()].map((a) => [a.id, a.answer])).toEqual([[3, 'no'], [7, 'n/a']]);
    expect(parseAnswers('', 'f').answers.size).toBe(0);
    expect(parseAnswers('# only a comment\nanswers:\n', 'f').answers.size).toBe(0);
  });

  it('treats a missing file as empty without creating it', () => {
    const file = path.join(tempDir('answers-'), 'none.yaml');
    expect(loadAnswersFile(file).answers.size).toBe(0);
    expect(existsSync(file)).toBe(false);
  });

  const broken: readonly [string, string, RegExp][] = [
    ['malformed YAML', 'answers:\n  15: {answer: "yes"\n', /^f\.yaml:\d+: not valid YAML/],
    ['unknown id', 'answers:\n  15: {answer: "yes"}\n  61: {answer: "no"}\n', /^f\.yaml:3: unknown criterion id 61/],
    ['id zero', 'answers:\n  0: {answer: "no"}\n', /^f\.yaml:2: unknown criterion id 0/],
    ['bad answer value', 'answers:\n  15:\n    answer: maybe\n', /^f\.yaml:3: criterion 15: bad answer "maybe"/],
    ['boolean answer', 'answers:\n  15: {answer: true}\n', /^f\.yaml:2: criterion 15: bad answer true/],
    ['missing answer', 'answers:\n  15: {comment: "x"}\n', /^f\.yaml:2: criterion 15: missing `answer`/],
    ['misspelt field', 'answers:\n  15:\n    answer: "yes"\n    coment: x\n', /^f\.yaml:4: criterion 15: unknown field "coment"/],
    ['answer given as a plain value', 'answers:\n  15: "yes"\n', /^f\.yaml:2: criterion 15: expected \{answer/],
    ['unknown top-level key', 'answer:\n  15: {answer: "yes"}\n', /^f\.yaml:1: unknown top-level key "answer"/],
    ['a list at the top', '- 15\n', /^f\.yaml:1: expected a mapping/],
    ['the same id twice', 'answers:\n  15: {answer: "yes"}\n  "15": {answer: "no"}\n', /^f\.yaml:3: criterion 15 is answered twice/],
  ];
  for (const [what, text, message] of broken) {
    it(`rejects ${what} with a one-line message naming the line`, () => {
      let error: unknown;
      try {
        parseAnswers(text, 'f.yaml');
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(AnswersFileError);
      const text_ = (error as Error).message;
      expect(text_).toMatch(message);
      expect(text_).not.toContain('\n');
    });
  }
});

describe('recording answers', () => {
  it('keeps the comments, order and style a person wrote, and quotes answers', () => {
    const original = `# Our assessment; reviewed every quarter.
answers:
  # Data platform team confirmed this.
  15: {answer: "yes", comment: "prod data mirrored to staging nightly"}
  3:
    answer: "no" # no risk review yet
`;
    const file = fileWith(original);
    let loaded = loadAnswersFile(file);
    loaded = recordAnswer(loaded, answer(13, 'no', { comment: 'admins can still apply by hand' }));
    loaded = recordAnswer(loaded, answer(3, 'yes', { comment: 'risk review done in March' }));
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# Our assessment; reviewed every quarter.');
    expect(text).toContain('# Data platform team confirmed this.');
    expect(text).toContain('15: { answer: "yes", comment: "prod data mirrored to staging nightly" }');
    expect(text.indexOf('15:')).toBeLessThan(text.indexOf('3:'));
    expect(text.indexOf('  3:')).toBeLessThan(text.indexOf('13:'));
    expect(text).toContain('answer: "no"');
    expect(parse(text)).toEqual({
      answers: {
        15: { answer: 'yes', comment: 'prod data mirrored to staging nightly' },
        3: { answer: 'yes', comment: 'risk review done in March', who: 'Ada', when: '2025-03-01T10:00:00.000Z', fingerprint: 'abcdef0123456789' },
        13: { answer: 'no', comment: 'admins can still apply by hand', who: 'Ada', when: '2025-03-01T10:00:00.000Z', fingerprint: 'abcdef0123456789' },
      },
    });
    // What the file says is what the session believes.
    expect(loadAnswersFile(file).answers).toEqual(loaded.answers);
  });

  it('backs up what was there before the session, writes through a temp file and leaves no temp behind', () => {
    const file = fileWith(SMALLEST);
    let loaded = loadAnswersFile(file);
    loaded = recordAnswer(loaded, answer(1, 'yes'));
    loaded = recordAnswer(loaded, answer(2, 'no'));
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(SMALLEST);
    expect(readdirSync(path.dirname(file)).sort()).toEqual(['mlops-assessment.yaml', 'mlops-assessment.yaml.bak']);
    expect(loadAnswersFile(file).answers.size).toBe(3);
  });

  it('creates a new file with the documenting header and no backup', () => {
    const file = path.join(tempDir('answers-'), 'mlops-assessment.yaml');
    recordAnswer(loadAnswersFile(file), answer(15, 'n/a', { comment: 'we have one environment: "prod"' }));
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('# mlops-scan answers:')).toBe(true);
    expect(text).toContain('answer: "n/a"');
    expect(existsSync(`${file}.bak`)).toBe(false);
    expect(loadAnswersFile(file).answers.get(15)?.comment).toBe('we have one environment: "prod"');
  });

  it('drops a cleared comment instead of writing null', () => {
    const file = fileWith('answers:\n  15:\n    answer: "yes"\n    comment: old\n');
    recordAnswer(loadAnswersFile(file), answer(15, 'no', { comment: null }));
    expect(readFileSync(file, 'utf8')).not.toContain('comment');
  });
});

describe('a hostile answers file', () => {
  it('is refused with a line, not composed, when it nests deeper than the YAML cap', () => {
    const deep = `answers:\n  15: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    expect(() => parseAnswers(deep, 'f.yaml')).toThrow(/^f\.yaml:1: YAML nested deeper than 200 levels$/);
  });
});
