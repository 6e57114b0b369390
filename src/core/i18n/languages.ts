/**
 * The document languages and the `--lang` spelling of a side-by-side pair (`ky+ru`). The
 * interface (messages, prompts) is a separate, smaller set: the languages that ship the
 * interface catalogues (see adapters/language-packs).
 */

/** Every language a document may be written in (answers-format.md, "Additions"). */
export const DOCUMENT_LANGUAGES = ['en', 'ru', 'kk', 'ky', 'uz', 'tg', 'tk'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

export function isDocumentLanguage(value: unknown): value is DocumentLanguage {
  return typeof value === 'string' && (DOCUMENT_LANGUAGES as readonly string[]).includes(value);
}

/** `ky+ru` → `['ky', 'ru']`; `ru` → `['ru']`. Empty parts are kept, for the caller to refuse. */
export function languagesOf(spec: string): string[] {
  return spec.split('+').map((part) => part.trim());
}

/** Whether a language spec names a side-by-side pair. */
export function isPair(spec: string): boolean {
  return spec.includes('+');
}

/**
 * Plural rules for a language. ICU has none for some (Tajik, in Node's data): a language without
 * rules gets the single form `other`, which is the usage there (a noun after a numeral stays
 * singular), never the English one/other split.
 */
export function pluralRules(
  lang: string,
  type: Intl.PluralRuleType = 'cardinal',
): Pick<Intl.PluralRules, 'select'> {
  if (Intl.PluralRules.supportedLocalesOf([lang]).length > 0) return new Intl.PluralRules(lang, { type });
  return { select: () => 'other' };
}
