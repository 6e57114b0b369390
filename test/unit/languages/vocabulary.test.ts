/**
 * The formatting mechanism of the document languages (#16): date patterns, month names, lists
 * and ordinals from a pack's `render` catalogue, and plural rules for each of the seven
 * languages. The catalogue entries here are samples; the packs' own are in locales/<code>/.
 */
import { describe, expect, it } from 'vitest';

import { createFormatters } from '../../../src/core/document/format.js';
import { DOCUMENT_LANGUAGES, languagesOf, pluralRules } from '../../../src/core/i18n/languages.js';
import { createTranslator } from '../../../src/core/i18n/translate.js';

const months = (names: string) =>
  Object.fromEntries(names.split(' ').map((name, i) => [`date.month.${i + 1}`, name]));

function formatters(lang: string, render: Record<string, string>) {
  return createFormatters(lang, createTranslator(lang, { render }));
}

describe('dates from the catalogue', () => {
  it('writes Uzbek dates as "2027-yil 15-aprel"', () => {
    const fmt = formatters('uz', {
      'date.pattern': '{year}-yil {day}-{month}',
      ...months('yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr'),
    });
    expect(fmt.date('2027-04-15')).toBe('2027-yil 15-aprel');
  });

  it('writes Kazakh dates as "2027 жылғы 15 сәуір"', () => {
    const fmt = formatters('kk', {
      'date.pattern': '{year} жылғы {day} {month}',
      ...months('қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан'),
    });
    expect(fmt.date('2027-04-15')).toBe('2027 жылғы 15 сәуір');
  });

  it('writes the official «15» апреля 2027 г. style with a genitive month and two-digit day', () => {
    const fmt = formatters('tg', {
      'date.pattern': '«{dd}» {month} {year} г.',
      ...months('января февраля марта апреля мая июня июля августа сентября октября ноября декабря'),
    });
    expect(fmt.date('2027-04-05')).toBe('«05» апреля 2027 г.');
    expect(fmt.date('2027-02-30')).toBeNull();
  });

  it('writes Turkmen dates with the ordinal suffix of each number as it is read', () => {
    const suffixes = {
      1: 'nji',
      2: 'nji',
      3: 'nji',
      4: 'nji',
      5: 'nji',
      6: 'njy',
      7: 'nji',
      8: 'nji',
      9: 'njy',
    };
    const tens = {
      10: 'njy',
      20: 'nji',
      30: 'njy',
      40: 'njy',
      50: 'nji',
      60: 'njy',
      70: 'nji',
      80: 'nji',
      90: 'njy',
    };
    const fmt = formatters('tk', {
      'date.pattern': '{year}-{yearOrdinal} ýylyň {day}-{dayOrdinal} {month}',
      ...months('ýanwary fewraly marty apreli maýy iýuny iýuly awgusty sentýabry oktýabry noýabry dekabry'),
      ...Object.fromEntries(
        Object.entries({ ...suffixes, ...tens, 100: 'njy', 1000: 'nji' }).map(([n, s]) => [
          `ordinal.${n}`,
          s,
        ]),
      ),
    });
    expect(fmt.date('2027-04-15')).toBe('2027-nji ýylyň 15-nji apreli');
    expect(fmt.date('2019-04-30')).toBe('2019-njy ýylyň 30-njy apreli');
    expect(fmt.ordinal(2000)).toBe('2000-nji');
  });

  it('keeps the Intl dates of a catalogue without a pattern (English, Russian)', () => {
    expect(formatters('en-GB', {}).date('2027-04-15')).toBe('15 April 2027');
    expect(formatters('ru', {}).date('2027-04-15')).toBe('15 апреля 2027 г.');
  });
});

describe('lists and ordinals from the catalogue', () => {
  it('joins lists with the language’s own conjunction (Tajik has no ICU list data)', () => {
    const fmt = formatters('tg', { 'list.pair': '{a} ва {b}', 'list.last': '{rest} ва {last}' });
    expect(fmt.list(['А'])).toBe('А');
    expect(fmt.list(['А', 'Б'])).toBe('А ва Б');
    expect(fmt.list(['А', 'Б', 'В'])).toBe('А, Б ва В');
  });

  it('chooses ordinal forms by the language’s ordinal rules', () => {
    const en = formatters('en', {
      ordinal_one: '{n}st',
      ordinal_two: '{n}nd',
      ordinal_few: '{n}rd',
      ordinal_other: '{n}th',
    });
    expect([1, 2, 3, 4, 11, 21, 22].map((n) => en.ordinal(n))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '21st',
      '22nd',
    ]);
    const uz = formatters('uz', { ordinal_other: '{n}-chi' });
    expect(uz.ordinal(15)).toBe('15-chi');
    expect(formatters('ky', {}).ordinal(3)).toBe('3');
  });
});

describe('plural rules of the document languages', () => {
  it.each(DOCUMENT_LANGUAGES)('%s selects a form for every count', (lang) => {
    const rules = pluralRules(lang);
    for (const n of [0, 1, 2, 5, 21])
      expect(['zero', 'one', 'two', 'few', 'many', 'other']).toContain(rules.select(n));
  });

  it('gives a language without ICU rules (Tajik) the single form "other"', () => {
    expect([1, 2, 5].map((n) => pluralRules('tg').select(n))).toEqual(['other', 'other', 'other']);
    const t = createTranslator('tg', { x: { days_one: '{count} рӯз (one)', days_other: '{count} рӯз' } });
    expect(t('x.days', { count: 1 })).toBe('1 рӯз');
  });

  it('uses the one/other forms of Kazakh, Kyrgyz, Uzbek and Turkmen', () => {
    for (const lang of ['kk', 'ky', 'uz', 'tk']) {
      const t = createTranslator(lang, { x: { n_one: 'one', n_other: 'other' } });
      expect([t('x.n', { count: 1 }), t('x.n', { count: 5 })], lang).toEqual(['one', 'other']);
    }
  });
});

describe('language specs', () => {
  it('reads a side-by-side pair', () => {
    expect(languagesOf('ky+ru')).toEqual(['ky', 'ru']);
    expect(languagesOf('ru')).toEqual(['ru']);
  });
});
