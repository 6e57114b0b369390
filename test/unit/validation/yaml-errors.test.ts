/**
 * The YAML mistakes people make by hand are explained in their language, at the place of the
 * mistake, with what to write instead; unclosed quotes and brackets point at where they open.
 */
import { describe, expect, it } from 'vitest';

import { parseAnswers } from '../../../src/core/answers/load.js';
import { tEn, tRu } from '../../helpers/i18n.js';

function only(text: string, t = tEn) {
  const { problems, data } = parseAnswers(text, t);
  expect(data).toBeUndefined();
  expect(problems).toHaveLength(1);
  return problems[0]!;
}

describe('YAML syntax errors', () => {
  it.each([
    [
      'unclosed double quote',
      'version: 1\nproject:\n  title: "Pilot project\n  country: KG\nparties:\n  x: 1\n',
      3,
      10,
      /starts with " here is never closed/,
    ],
    [
      'unclosed single quote',
      "project:\n  title: 'Pilot\n  country: KG\n",
      2,
      10,
      /starts with ' here is never closed/,
    ],
    ['unclosed [', 'project:\n  tags: [a, b\n  country: KG\n', 2, 9, /opened with \[ or \{ is never closed/],
    [
      'unclosed {',
      'project:\n  tags: {a: 1, b: 2\n  country: KG\n',
      2,
      9,
      /opened with \[ or \{ is never closed/,
    ],
    [
      'colon and space inside a value',
      'project:\n  title: Pilot: phase 1\n  country: KG\n',
      2,
      10,
      /Put the whole value in quotes/,
    ],
    ['key out of line', 'project:\n  title: Pilot\n country: KG\n', 3, 1, /not lined up/],
    ['value starting with @', 'project:\n  title: "ok"\n  email: @cso\n', 3, 10, /cannot start with @/],
    [
      'quote inside a quoted value',
      'project:\n  title: "The "Bridge" project"\n',
      2,
      16,
      /single quotes around a value/,
    ],
    ['key without a colon', 'project:\n  title Pilot\n  country: KG\n', 2, 3, /no colon after its key/],
  ])('%s', (_name, text, line, column, message) => {
    const problem = only(text);
    expect(problem).toMatchObject({ code: 'yaml-syntax', line, column });
    expect(problem.message).toMatch(message);
  });

  it('says it in Russian, with no English from the YAML library', () => {
    const problem = only('project:\n  title: "Пилотный проект\n  country: KG\n', tRu);
    expect(problem).toMatchObject({ line: 2, column: 10 });
    expect(problem.message).toMatch(/не закрыто/);
    expect(problem.message).not.toMatch(/[A-Za-z]{4,}/);
  });

  it('says one mistake once, even when the library reports it several times on a line', () => {
    const { problems } = parseAnswers('project:\n  title: x\n  - y\n', tEn);
    const lines = problems.map((problem) => `${problem.line}:${problem.message}`);
    expect(new Set(lines).size).toBe(lines.length);
  });

  it('keeps the library detail for rarer errors', () => {
    const problem = only('a: 1\n---\nb: 2\n');
    expect(problem.message).toMatch(/^This is not valid YAML: /);
  });

  it('does not mistake an escaped quote at the end for a closing one', () => {
    const problem = only('project:\n  title: "ends with \\"\n  country: KG\n');
    expect(problem).toMatchObject({ line: 2, column: 10 });
  });
});
