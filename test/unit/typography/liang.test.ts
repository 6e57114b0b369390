/**
 * Our Liang implementation (liang.ts) against the `hyphen` package it replaces in the layout:
 * the same break points for every word of the document templates, the patterns' exceptions
 * (as written and capitalised) and a fixed sample of letter strings, in each language with
 * patterns.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { markBreaks, type PatternData } from '../../../src/core/typography/liang.js';

const require = createRequire(import.meta.url);
const SOFT = '\u00ad';

function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path) : [path];
  });
}

const templateWords = new Set(
  filesIn('templates')
    .map((file) => readFileSync(file, 'utf8'))
    .join(' ')
    .match(/\p{L}+/gu),
);

/** Letter strings from a fixed seed: patterns meet many combinations no template has. */
function sample(letters: string, count: number): string[] {
  let seed = 7;
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    let word = '';
    for (let j = 0; j < 4 + (i % 14); j++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      word += letters[seed % letters.length];
    }
    words.push(i % 3 ? word : word.toUpperCase());
  }
  return words;
}

const LANGUAGES = [
  { code: 'en-us', alphabet: /^[a-z]+$/i, letters: 'abcdefghijklmnopqrstuvwxyz' },
  { code: 'ru', alphabet: /^[а-яё]+$/i, letters: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя' },
  { code: 'tk', alphabet: /^[a-zçäžňöşüý]+$/i, letters: 'abcdefghijklmnopqrstuvwxyzçäžňöşüý' },
];

describe('Liang breaks, as the hyphen package gives them', () => {
  it.each(LANGUAGES)('$code', ({ code, alphabet, letters }) => {
    const library = require(`hyphen/${code}/index.js`) as {
      hyphenateSync(text: string, options: { hyphenChar: string; minWordLength: number }): string;
    };
    const patterns = require(`hyphen/patterns/${code}.js`) as PatternData;
    const exceptions = Object.keys(patterns[2] ?? {});
    const words = [
      ...[...templateWords].filter((word) => alphabet.test(word) && word.length >= 4),
      ...exceptions,
      ...exceptions.map((word) => word[0]!.toUpperCase() + word.slice(1)),
      ...sample(letters, 3000),
    ];
    const differing = words.filter(
      (word) =>
        markBreaks(word, patterns, SOFT) !==
        library.hyphenateSync(word, { hyphenChar: SOFT, minWordLength: 4 }),
    );
    expect(differing).toEqual([]);
    expect(markBreaks(code === 'ru' ? 'пенитенциарная' : 'rehabilitation', patterns, SOFT)).toContain(SOFT);
  });
});
