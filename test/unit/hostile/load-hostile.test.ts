/** The loader against hostile input (issue 17): each input is built here, in code. */
import { describe, expect, it } from 'vitest';

import {
  MAX_FILE_BYTES,
  MAX_NESTING,
  MAX_SHOWN_PROBLEMS,
  parseAnswers,
} from '../../../src/core/answers/load.js';
import { tEn, tRu } from '../../helpers/i18n.js';

/** Generous, for a shared machine: the quadratic versions took 13 s (1,000 `{a:`) to 150 s (100,000 keys). */
const LIMIT_MS = 8000;

const timed = <T>(run: () => T): { value: T; ms: number } => {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
};

describe('syntax errors: bounded and linear', () => {
  it('1,000 unclosed `{a: ` are reported in bounded time, 20 shown then "and N more"', () => {
    const { value, ms } = timed(() => parseAnswers(`country: KG\nproject: ${'{a: '.repeat(1000)}\n`, tEn));
    expect(ms).toBeLessThan(LIMIT_MS);
    expect(value.data).toBeUndefined();
    expect(value.problems.length).toBeLessThanOrEqual(MAX_SHOWN_PROBLEMS + 1);
    expect(value.problems.every((p) => p.line >= 1 && p.column >= 1)).toBe(true);
    expect(value.problems.map((p) => p.message).join('\n')).not.toMatch(/call stack/);
  });

  it('many refusals: the first 20, then how many more', () => {
    const text = 'version: 1\n' + 'k: v\n'.repeat(61);
    const result = parseAnswers(text, tEn);
    expect(result.problems).toHaveLength(MAX_SHOWN_PROBLEMS + 1);
    expect(result.problems.at(-1)!.code).toBe('more-problems');
    expect(result.problems.at(-1)!.message).toMatch(/\d+ more/);
  });

  it.each([
    ['6,000 unclosed [', `country: KG\nproject: ${'['.repeat(6000)}\n`],
    ['6,000 closed [', `country: KG\nproject: ${'['.repeat(6000)}${']'.repeat(6000)}\n`],
    ['6,000 nested block lists on one line', `country: KG\nproject:\n${'- '.repeat(6000)}x\n`],
    [
      'deep block maps',
      `country: KG\n${Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} x\n`,
    ],
  ])('%s: a located nesting limit, no stack overflow', (_name, text) => {
    const { value, ms } = timed(() => parseAnswers(text, tEn));
    expect(ms).toBeLessThan(LIMIT_MS);
    expect(value.data).toBeUndefined();
    const problem = value.problems.find((p) => p.code === 'too-deep');
    expect(problem, JSON.stringify(value.problems.slice(0, 3))).toBeDefined();
    expect(problem!.line).toBeGreaterThanOrEqual(2);
    expect(problem!.message).toContain(String(MAX_NESTING));
  });

  it('nesting within the limit is fine', () => {
    const text = `version: 1\nx-deep: ${'['.repeat(10)}1${']'.repeat(10)}\n`;
    expect(parseAnswers(text, tEn).problems).toEqual([]);
  });
});

describe('duplicate keys: linear', () => {
  it('40,000 distinct keys in one map load quickly', () => {
    const text = `version: 1\nx-many:\n${Array.from({ length: 40_000 }, (_, i) => `  k${i}: v\n`).join('')}`;
    const { value, ms } = timed(() => parseAnswers(text, tEn));
    expect(value.problems).toEqual([]);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('a duplicate among 40,000 keys is found, at its line', () => {
    const lines = Array.from({ length: 40_000 }, (_, i) => `  k${i}: v\n`);
    lines.push('  k17: again\n');
    const result = parseAnswers(`version: 1\nx-many:\n${lines.join('')}`, tEn);
    expect(result.problems).toMatchObject([{ code: 'duplicate-key', line: 40_003, column: 3 }]);
  });
});

describe('aliases', () => {
  it('an unresolved alias is named and located, not "more than 50 aliases"', () => {
    const result = parseAnswers('version: 1\nsigning:\n  place: *nowhere\n', tEn);
    expect(result.problems).toMatchObject([{ code: 'unresolved-alias', line: 3, column: 10 }]);
    expect(result.problems[0]!.message).toContain('nowhere');
  });

  it('a recursive alias is refused at load, located', () => {
    const text = 'version: 1\nresponsibilities: &r\n  prison: [a]\n  cso: [b]\n  x-self: *r\n';
    const result = parseAnswers(text, tEn);
    expect(result.data).toBeUndefined();
    expect(result.problems).toMatchObject([{ code: 'recursive-alias', line: 5, column: 11 }]);
  });

  it('the expanded size of aliases counts against the input limit', () => {
    const strings = Array.from({ length: 1000 }, (_, i) => `    - "${String(i).padEnd(150, 'x')}"`).join(
      '\n',
    );
    const services = Array.from({ length: 49 }, (_, i) => `  - id: s${i}\n    authorisedBy: *auth`).join(
      '\n',
    );
    const text = `version: 1\nx-auth: &auth\n${strings}\nservices:\n${services}\n`;
    expect(Buffer.byteLength(text)).toBeLessThan(MAX_FILE_BYTES);
    const result = parseAnswers(text, tEn);
    expect(result.data).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ code: 'aliases-too-large' });
    expect(result.problems[0]!.line).toBeGreaterThan(1000);
  });

  it('a few ordinary aliases still load', () => {
    const result = parseAnswers('version: 1\nx-a: &a [one, two]\nx-b: *a\n', tEn);
    expect(result.problems).toEqual([]);
    expect((result.data as Record<string, unknown>)['x-b']).toEqual(['one', 'two']);
  });
});

describe('keys that are not text', () => {
  it.each([
    ['complex key', 'version: 1\n? [a, b]\n: c\n', 'complex-key', 2, 3],
    ['empty key', 'version: 1\n: c\n', 'empty-key', 2, 1],
  ])('%s is located', (_name, text, code, line, column) => {
    const result = parseAnswers(text, tEn);
    expect(result.data).toBeUndefined();
    expect(result.problems[0]).toMatchObject({ code, line, column });
  });
});

describe('numbers and control characters', () => {
  it.each(['.inf', '-.inf', '.nan', '.NaN'])('%s is not a number anyone can write down', (value) => {
    const result = parseAnswers(`version: 1\ntargetGroup:\n  size: ${value}\n`, tEn);
    expect(result.problems).toMatchObject([{ code: 'not-finite', line: 3, column: 9 }]);
  });

  it('U+000B, U+2028 and U+2029 become line breaks', () => {
    const result = parseAnswers('version: 1\nproject:\n  title: "a\\vb\u2028c\u2029d"\n', tEn);
    expect(result.problems).toEqual([]);
    expect(result.data?.project?.title).toBe('a\nb\nc\nd');
  });

  it.each([
    ['NUL as an escape', '"a\\0b"', 10],
    ['ESC as an escape', '"a\\eb"', 10],
    ['U+0001 raw', 'a\u0001b', 10],
    ['U+001F raw', '"x\u001f"', 11],
    ['DEL raw', 'a\u007fb', 10],
    ['lone surrogate', '"a\\ud800b"', 10],
  ])('%s is refused, located', (_name, value, column) => {
    const result = parseAnswers(`version: 1\nproject:\n  title: ${value}\n`, tEn);
    expect(result.data).toBeUndefined();
    expect(result.problems).toMatchObject([{ code: 'control-character', line: 3 }]);
    expect(result.problems[0]!.column).toBeGreaterThanOrEqual(column);
    expect(parseAnswers(`version: 1\nproject:\n  title: ${value}\n`, tRu).problems[0]!.message).toMatch(
      /[а-я]/,
    );
  });
});

describe('entries', () => {
  it('more than 50,000 keys and items are refused before parsing, located', () => {
    const text = `version: 1\nx-list:\n${'  - a\n'.repeat(60_000)}`;
    const { value, ms } = timed(() => parseAnswers(text, tEn));
    expect(ms).toBeLessThan(LIMIT_MS);
    expect(value.problems).toMatchObject([{ code: 'too-many-entries', line: 50_001, column: 3 }]);
  });
});
