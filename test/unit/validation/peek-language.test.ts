import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { peekLanguage } from '../../../src/core/answers/peek-language.js';
import { ROOT } from '../../helpers/cli.js';

describe('peekLanguage', () => {
  it.each([
    ['version: 1\nlanguage: ru\ncountry: KZ\n', 'ru'],
    ['language: "en"  # documents in English\n', 'en'],
    ["\uFEFFlanguage: 'ru'\r\ncountry: KG\r\n", 'ru'],
    ['country: KG\n', null],
  ])('%j → %s', (text, expected) => {
    expect(peekLanguage(text)).toBe(expected);
  });

  it.each([
    ['{language: ru, country: KG}\n'],
    ['"language": ru\n'],
    ['language: ru\nlanguage: en\n'],
    ['language: &l ru\n'],
    ['language:\n  - ru\n'],
    ['country: KG\nproject:\n  title: A new language of care\n'],
  ])('leaves %j to the parser', (text) => {
    expect(peekLanguage(text)).toBeUndefined();
  });

  it('agrees with the parser on every example', () => {
    for (const name of ['kg-women-colony', 'kz-probation', 'tj-oat-release', 'uz-pilot']) {
      const text = readFileSync(join(ROOT, 'examples', `${name}.yaml`), 'utf8');
      expect(peekLanguage(text), name).toBe((parse(text) as { language?: string }).language ?? null);
    }
  });
});
