/**
 * Formatting for one document language with the platform's Intl: dates, numbers, lists and
 * country names. Dates are calendar dates (`YYYY-MM-DD`), formatted in UTC so the output never
 * depends on the machine's time zone.
 */
import type { Translate } from '../i18n/translate.js';
import { formatDate, formatList, vocabularyOf, type Vocabulary } from './vocabulary.js';

export interface Formatters {
  /** `2027-02-15` → "15 February 2027" (en) / "15 февраля 2027 г." (ru); null if not a date. */
  date(iso: string | undefined | null): string | null;
  number(value: number): string;
  /** ["a", "b", "c"] → "a, b and c" (en) / "a, b и c" (ru). */
  list(items: readonly string[]): string;
  /** ISO 3166 code → country name in the document language (the code itself if unknown). */
  country(code: string): string;
  /** 3 → "3rd" with the catalogue's ordinal forms (core/document/vocabulary), else "3". */
  ordinal(value: number): string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` (or a Date from YAML 1.1 timestamps) to a UTC date; undefined if invalid. */
export function parseIsoDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string') return undefined;
  const match = ISO_DATE.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** The ISO date `months` whole months after `iso`, the day before (a 24-month project from 1 March ends 28/29 February). */
export function addMonths(iso: string, months: number): string | undefined {
  const start = parseIsoDate(iso);
  if (!start || !Number.isInteger(months)) return undefined;
  const end = new Date(
    Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, start.getUTCDate() - 1),
  );
  if (Number.isNaN(end.getTime())) return undefined; // beyond what a Date holds (a draft's 99999999 months)
  return end.toISOString().slice(0, 10);
}

const cache = new Map<string, Formatters>();

/**
 * Formatters for `lang`, created once per language (Intl constructors are slow). With `t`, the
 * document catalogue's own date, list and ordinal patterns win over Intl (core/document/vocabulary).
 */
/**
 * The locale a document language's texts are formatted and tagged in: the pack's own
 * (`render.locale`, "ru-RU", "uz-Latn-UZ"), else the language with its likely region
 * ("de" → "de-DE").
 */
export function documentLocale(t: Translate, lang: string): string {
  const locale = t('render.locale');
  if (locale !== 'render.locale') return locale;
  try {
    const likely = new Intl.Locale(lang).maximize();
    return likely.region ? `${likely.language}-${likely.region}` : lang;
  } catch {
    return lang;
  }
}

export function createFormatters(lang: string, t?: Translate): Formatters {
  const vocabulary = t ? vocabularyOf(t, lang) : {};
  const key = `${lang}\u0000${JSON.stringify(vocabulary)}`;
  let formatters = cache.get(key);
  if (!formatters) {
    formatters = newFormatters(lang, vocabulary);
    cache.set(key, formatters);
  }
  return formatters;
}

function newFormatters(lang: string, vocabulary: Vocabulary): Formatters {
  const dates = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  const numbers = new Intl.NumberFormat(lang);
  const lists = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
  let regions: Intl.DisplayNames | undefined;
  return {
    date(iso) {
      const date = parseIsoDate(iso);
      if (!date) return null;
      return vocabulary.date ? formatDate(date, vocabulary.date) : dates.format(date);
    },
    number: (value) => numbers.format(value),
    list: (items) => (vocabulary.list ? formatList(items, vocabulary.list) : lists.format(items)),
    ordinal: (value) => (vocabulary.ordinal ? vocabulary.ordinal(value) : numbers.format(value)),
    country(code) {
      regions ??= new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
      try {
        return regions.of(code.toUpperCase()) ?? code;
      } catch {
        return code; // not a well-formed region code
      }
    },
  };
}

/**
 * One answer as an item of a list that the memorandum introduces with a colon: first letter
 * upper-case, no closing punctuation of its own (the template adds ";" or "."), so no ".;" or
 * " ;" ever appears. The text is already escaped for Markdown.
 */
export function listItem(text: string): string {
  const trimmed = text.trim().replace(/[\s.;,]+$/u, '');
  return capitalise(trimmed);
}

/** The first letter of `text` in upper case (after any opening quotes or brackets). */
export function capitalise(text: string): string {
  return text.replace(
    /^([«"'“(\\[]*)(\p{Ll})/u,
    (_all, open: string, letter: string) => open + letter.toLocaleUpperCase(),
  );
}

/** The text without closing punctuation, for a template that ends the sentence itself. */
export function withoutFinalStop(text: string | null): string | null {
  return text === null ? null : text.trim().replace(/[\s.;,]+$/u, '');
}
