import { describe, expect, it } from 'vitest';

import { typographicQuotes } from '../../../src/core/typography/quotes.js';

describe('typographic quotes', () => {
  it.each([
    ['ru', 'Фонд "Мост доверия" (далее — "Фонд")', 'Фонд «Мост доверия» (далее — «Фонд»)'],
    ['ru', 'ОФ "Сенім көпірі ("Мост доверия")"', 'ОФ «Сенім көпірі („Мост доверия“)»'],
    ['ru', 'названный “Мост”, и «Фонд»', 'названный «Мост», и «Фонд»'],
    ['kk', '"Сенім көпірі" қоғамдық қоры', '«Сенім көпірі» қоғамдық қоры'],
    ['uz', '"Yangi Qadam" o\'zini', "«Yangi Qadam» o'zini"],
    [
      'en',
      'Public Foundation "Köpürö" (Bridge), the women\'s group',
      'Public Foundation “Köpürö” (Bridge), the women’s group',
    ],
    ['en', 'answers \'useful\' or "very useful"', 'answers ‘useful’ or “very useful”'],
    ['en', 'the foundation «Köpürö»', 'the foundation “Köpürö”'],
    ['tk', '"Ýaşlar" jemgyýeti', '“Ýaşlar” jemgyýeti'],
  ])('%s: %s', (lang, input, expected) => {
    expect(typographicQuotes(input, lang)).toBe(expected);
  });

  it('opens a quote after emphasis marks and at the start of a table cell, and closes every cell', () => {
    expect(typographicQuotes('| **"Köpürö"** | "a |\n| b" |', 'ru')).toBe('| **«Köpürö»** | «a |\n| b» |');
  });

  it('leaves code, HTML comments, link targets and escapes alone', () => {
    const markdown = '<!-- page-break -->\n`"x"` [a](http://e.org/?q="1") \\"y\\" "z"';
    expect(typographicQuotes(markdown, 'ru')).toBe(
      '<!-- page-break -->\n`"x"` [a](http://e.org/?q="1") \\"y\\" «z»',
    );
  });

  it('leaves a language it does not know as it is', () => {
    expect(typographicQuotes('"x"', 'de')).toBe('"x"');
  });
});
