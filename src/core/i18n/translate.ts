/**
 * Message catalogues: `locales/<lang>/<namespace>.json`, flat keys, `{name}` placeholders.
 * A key is addressed as `namespace.key`. Plural forms use CLDR suffixes (`key_one`, `key_few`,
 * `key_many`, `key_other`) chosen by `Intl.PluralRules` from the `count` parameter, so Russian
 * "1 ошибка / 2 ошибки / 5 ошибок" needs no code.
 */

import { pluralRules } from './languages.js';

export type Params = Record<string, string | number | undefined>;
export type Translate = (key: string, params?: Params) => string;

/** namespace → key → text, for one language. */
export type Catalogue = Record<string, Record<string, string>>;

export const FALLBACK_LANGUAGE = 'en';

function interpolate(text: string, params: Params | undefined): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

function lookup(catalogue: Catalogue, key: string): string | undefined {
  const dot = key.indexOf('.');
  if (dot < 0) return undefined;
  const table = catalogue[key.slice(0, dot)];
  const text = table?.[key.slice(dot + 1)];
  return typeof text === 'string' ? text : undefined;
}

function pluralKey(
  catalogue: Catalogue,
  key: string,
  rules: Pick<Intl.PluralRules, 'select'>,
  count: number,
): string {
  const form = `${key}_${rules.select(count)}`;
  if (lookup(catalogue, form) !== undefined) return form;
  if (lookup(catalogue, `${key}_other`) !== undefined) return `${key}_other`;
  return key;
}

/**
 * Builds a translator for `language`, falling back to the English catalogue and finally to the
 * key itself, so a missing entry shows up as a readable key rather than a crash.
 */
export function createTranslator(language: string, catalogue: Catalogue, fallback?: Catalogue): Translate {
  // Made on the first message with a count: the first Intl object costs milliseconds of ICU
  // start-up, and most runs (`--help`, a valid file) never count anything.
  let rules: Pick<Intl.PluralRules, 'select'> | undefined;
  let fallbackRules: Pick<Intl.PluralRules, 'select'> | undefined;
  return (key, params) => {
    // Templates pass numbers that were formatted or read as text ("21"): they choose a form too.
    const raw = params?.count;
    const count = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
    if (typeof count === 'number') {
      rules ??= pluralRules(language);
      const own = pluralKey(catalogue, key, rules, count);
      const text = lookup(catalogue, own);
      if (text !== undefined) return interpolate(text, params);
      if (fallback) {
        fallbackRules ??= pluralRules(FALLBACK_LANGUAGE);
        const fb = lookup(fallback, pluralKey(fallback, key, fallbackRules, count));
        if (fb !== undefined) return interpolate(fb, params);
      }
      return key;
    }
    const text = lookup(catalogue, key) ?? (fallback ? lookup(fallback, key) : undefined);
    return text === undefined ? key : interpolate(text, params);
  };
}

/** True when the catalogue (or its fallback) has `key`, plural forms included. */
export function hasMessage(catalogue: Catalogue, key: string): boolean {
  return lookup(catalogue, key) !== undefined || lookup(catalogue, `${key}_other`) !== undefined;
}

/**
 * The interface language from the environment: `LC_ALL`, then `LC_MESSAGES`, then `LANG`
 * (POSIX precedence). `ru_RU.UTF-8` → `ru`; anything not in `supported` → English.
 */
export function languageFromEnv(
  env: Record<string, string | undefined>,
  supported: readonly string[],
): string {
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const code = raw.split(/[_.@-]/)[0]?.toLowerCase() ?? '';
  return supported.includes(code) ? code : FALLBACK_LANGUAGE;
}
