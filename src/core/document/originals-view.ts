/**
 * The memorandum's originals: how many are signed, in which languages, and which text prevails
 * (`originals`, `prevailing` in the answers file). Each Party keeps one original per language
 * of separate documents; a side-by-side document carries all its languages in each original.
 */
import type { DraftAnswers } from '../answers/types.js';
import { isDocumentLanguage } from '../i18n/languages.js';
import type { Translate } from '../i18n/translate.js';
import type { Formatters } from './format.js';

/** The two signatories (the prison administration and the CSO) keep an original each. */
const SIGNING_PARTIES = 2;

export interface OriginalsView {
  /** Number of originals, as a word where the catalogue has one ("two", "двух"). */
  count: string;
  /** Originals per language, as a word (separate documents in several languages). */
  perLanguage: string;
  /** The languages, as the catalogue writes them after "in" ("Kyrgyz and Russian", "кыргызском и русском"). */
  languages: string;
  /** More than one language. */
  several: boolean;
  /** This document carries the languages side by side (`--lang ky+ru`). */
  sideBySide: boolean;
  /** The prevailing language, written like `languages`, or null: all texts have equal force. */
  prevailing: string | null;
}

/** `originals` as written (valid codes, duplicates dropped), else `[language]`. */
export function originalLanguages(answers: DraftAnswers | undefined, fallback: string): string[] {
  const raw = (answers as { originals?: unknown } | undefined)?.originals;
  const list = Array.isArray(raw) ? [...new Set(raw.filter(isDocumentLanguage))] : [];
  return list.length > 0 ? list : [fallback];
}

/** `render.numberWord.<n>` ("in two originals"), or `numberWordEach` ("two of each"). */
function numberWord(t: Translate, fmt: Formatters, value: number, family = 'numberWord'): string {
  const key = `render.${family}.${value}`;
  const word = t(key);
  return word === key ? fmt.number(value) : word;
}

function languageIn(t: Translate, lang: string): string {
  const key = `render.languageIn.${lang}`;
  const text = t(key);
  return text === key ? lang : text;
}

/**
 * `pair`: the languages of a side-by-side document, whose originals carry both; otherwise
 * the originals are separate documents, one per language and Party.
 */
export function originalsView(
  answers: DraftAnswers,
  context: { lang: string; t: Translate; fmt: Formatters; pair?: readonly string[] },
): OriginalsView {
  const { t, fmt, pair } = context;
  // In the order written (the state language usually comes first). Without `originals`, the
  // memorandum is signed in the language it is rendered in.
  const languages = pair ? [...pair] : originalLanguages(answers, context.lang);
  const prevailingCode = (answers as { prevailing?: unknown }).prevailing;
  const several = languages.length > 1;
  const separate = !pair && several;
  return {
    count: numberWord(t, fmt, separate ? SIGNING_PARTIES * languages.length : SIGNING_PARTIES),
    perLanguage: numberWord(t, fmt, SIGNING_PARTIES, 'numberWordEach'),
    languages: fmt.list(languages.map((lang) => languageIn(t, lang))),
    several,
    sideBySide: Boolean(pair),
    prevailing:
      several && typeof prevailingCode === 'string' && languages.includes(prevailingCode)
        ? languageIn(t, prevailingCode)
        : null,
  };
}
