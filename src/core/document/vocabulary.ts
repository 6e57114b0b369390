/**
 * A document language's own ways of writing dates, ordinals and lists, from its `render`
 * catalogue, for the languages where the platform's Intl data is missing or not the usage of
 * official documents (Tajik has no ICU list or plural data; Uzbek writes "2027-yil 15-aprel").
 * Every entry is optional: a catalogue without it leaves the Intl formatting as it was.
 *
 * - `render.date.pattern`: `{day}`, `{month}` (the name, `render.date.month.1` … `.12`, in the
 *   form the pattern needs: genitive, possessive, izafet), `{year}`; also `{dd}` (the day with two
 *   digits, for the «05» апреля 2027 г. style), `{MM}` (month number), and `{dayOrdinal}`,
 *   `{yearOrdinal}` (the suffix after a number in digits, below). Kazakh:
 *   `{year} жылғы {day} {month}`; Uzbek: `{year}-yil {day}-{month}`; Turkmen:
 *   `{year}-{yearOrdinal} ýylyň {day}-{dayOrdinal} {month}` (locales/README.md).
 * - `render.ordinal.<n>`: the suffix a number written in digits takes by its last word as read
 *   (Turkmen -nji / -njy): `ordinal.1` … `.9`, `.10` … `.90`, `.100`, `.1000`; the units digit if
 *   not 0, else the tens, else hundreds, else thousands.
 * - `render.list.pair` (`{a} and {b}`), `render.list.last` (`{rest} and {last}`) and
 *   `render.list.separator` (`, `): "a, b and c".
 * - `render.ordinal_<form>` with `{n}`: forms chosen by the language's ordinal plural rules
 *   (`_one` "{n}st", `_two`, `_few`, `_other`); `render.ordinal_other` alone is enough for
 *   most languages ("{n}-й", "{n}-chi"). Without them, `ordinal.<n>` suffixes give "{n}-{suffix}".
 */
import { pluralRules } from '../i18n/languages.js';
import type { Translate } from '../i18n/translate.js';

export interface Vocabulary {
  date?: { pattern: string; months: string[]; suffix?: (n: number) => string };
  list?: { pair: string; last: string; separator: string };
  ordinal?: (n: number) => string;
}

function entry(t: Translate, key: string): string | undefined {
  const text = t(`render.${key}`);
  return text === `render.${key}` ? undefined : text;
}

/** The vocabulary entries `t`'s catalogue has (its English fallback included). */
export function vocabularyOf(t: Translate, lang: string): Vocabulary {
  const vocabulary: Vocabulary = {};
  const pattern = entry(t, 'date.pattern');
  if (pattern) {
    const months = Array.from({ length: 12 }, (_, i) => entry(t, `date.month.${i + 1}`) ?? String(i + 1));
    const suffix = suffixes(t);
    vocabulary.date = { pattern, months, ...(suffix ? { suffix } : {}) };
  }
  const pair = entry(t, 'list.pair');
  const last = entry(t, 'list.last');
  if (pair && last) vocabulary.list = { pair, last, separator: entry(t, 'list.separator') ?? ', ' };
  if (entry(t, 'ordinal_other')) {
    const rules = pluralRules(lang, 'ordinal');
    vocabulary.ordinal = (n) => {
      const form = entry(t, `ordinal_${rules.select(n)}`) ?? entry(t, 'ordinal_other')!;
      return form.replace('{n}', String(n));
    };
  } else {
    const suffix = suffixes(t);
    if (suffix) vocabulary.ordinal = (n) => `${n}-${suffix(n)}`;
  }
  return vocabulary;
}

/** The `ordinal.<n>` suffix of a number in digits, by the last word it is read with; undefined without them. */
function suffixes(t: Translate): ((n: number) => string) | undefined {
  if (!entry(t, 'ordinal.1')) return undefined;
  return (n) => {
    const [units, tens, hundreds] = [n % 10, Math.floor(n / 10) % 10, Math.floor(n / 100) % 10];
    const word = units ? units : tens ? tens * 10 : hundreds ? 100 : 1000;
    return entry(t, `ordinal.${word}`) ?? '';
  };
}

/** A UTC calendar date written with `pattern`. */
export function formatDate(date: Date, vocabulary: NonNullable<Vocabulary['date']>): string {
  const [day, month, year] = [date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear()];
  const values: Record<string, string> = {
    day: String(day),
    dd: String(day).padStart(2, '0'),
    MM: String(month).padStart(2, '0'),
    month: vocabulary.months[month - 1] ?? String(month),
    year: String(year),
    dayOrdinal: vocabulary.suffix?.(day) ?? '',
    yearOrdinal: vocabulary.suffix?.(year) ?? '',
  };
  return vocabulary.pattern.replace(
    /\{(day|dd|MM|month|year|dayOrdinal|yearOrdinal)\}/g,
    (_whole, name: string) => values[name]!,
  );
}

/** "a", "a and b", "a, b and c" with the catalogue's words. */
export function formatList(items: readonly string[], vocabulary: NonNullable<Vocabulary['list']>): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1]!;
  if (items.length === 2) return vocabulary.pair.replace('{a}', items[0]!).replace('{b}', last);
  return vocabulary.last
    .replace('{rest}', items.slice(0, -1).join(vocabulary.separator))
    .replace('{last}', last);
}
