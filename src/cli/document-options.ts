/** Parsing of the options shared by the commands that write documents (`--lang`, `-f`). */
import { availableLanguages } from '../adapters/assets.js';
import { ExitCode, UserError } from '../core/errors.js';
import type { Translate } from '../core/i18n/translate.js';

/** `--lang` if given (and supported), else the fallback; unknown codes are a usage error. */
export function documentLanguage(option: unknown, fallback: string, t: Translate): string {
  const languages = availableLanguages();
  const lang = typeof option === 'string' ? option : fallback;
  if (!languages.includes(lang)) {
    throw new UserError(t('options.badLang', { value: lang, allowed: languages.join(', ') }), ExitCode.Usage);
  }
  return lang;
}

export function parseFormats<T extends string>(
  option: unknown,
  defaults: readonly T[],
  allowed: readonly T[],
  t: Translate,
): T[] {
  const values = Array.isArray(option) ? (option as string[]) : [...defaults];
  const wrong = values.filter((value) => !(allowed as readonly string[]).includes(value));
  if (wrong.length > 0 || values.length === 0) {
    throw new UserError(
      t('options.badFormat', { value: wrong.join(', ') || '—', allowed: allowed.join(', ') }),
      ExitCode.Usage,
    );
  }
  return [...new Set(values)] as T[];
}
