/** Parsing of the options shared by the commands that write documents (`--lang`, `-f`, `-d`). */
import { availableLanguages } from '../adapters/assets.js';
import { ExitCode, UserError } from '../core/errors.js';
import type { Translate } from '../core/i18n/translate.js';

/**
 * A comma-separated option (already split by commander) checked against its allowed values;
 * `fallback` when the option was not given. Duplicates are dropped, order kept.
 */
export function checkedList<T extends string>(
  value: unknown,
  allowed: readonly T[],
  fallback: readonly T[],
  option: string,
  t: Translate,
): T[] {
  if (value === undefined) return [...fallback];
  const list = (Array.isArray(value) ? value : [value]).map(String);
  const wrong =
    list.find((item) => !(allowed as readonly string[]).includes(item)) ?? (list.length ? undefined : '');
  if (wrong !== undefined) {
    throw new UserError(
      t('options.unknownValue', { option, value: wrong, allowed: allowed.join(', ') }),
      ExitCode.Usage,
    );
  }
  return [...new Set(list as T[])];
}

/** `--lang` if given, else the fallback; a language without catalogues is a usage error. */
export function checkedLanguage(option: unknown, fallback: string, t: Translate): string {
  const lang = typeof option === 'string' ? option : fallback;
  return checkedList([lang], availableLanguages(), [], '--lang', t)[0]!;
}
