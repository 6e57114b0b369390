/** Parsing of the options shared by the commands that write documents (`--lang`, `-f`, `-d`). */
import { availableLanguages } from '../adapters/assets.js';
import { missingPackFiles, usableDocumentLanguages } from '../adapters/language-packs.js';
import type { DocKind } from '../core/document/types.js';
import { DOCUMENT_LANGUAGES, isDocumentLanguage, languagesOf } from '../core/i18n/languages.js';
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

/**
 * `render --lang`: one document language or two different ones side by side (`ky+ru`), each
 * with a pack that has what `docs` need. Returns the spec as given.
 */
export function checkedLanguageSpec(
  spec: string,
  docs: readonly DocKind[],
  templatesDir: string | undefined,
  t: Translate,
): string {
  const langs = languagesOf(spec);
  const allowed = DOCUMENT_LANGUAGES.join(', ');
  if (langs.length > 2 || new Set(langs).size !== langs.length || !langs.every(isDocumentLanguage)) {
    const message =
      langs.length === 1
        ? t('options.unknownValue', { option: '--lang', value: spec, allowed })
        : t('render.langPair', { value: spec, allowed });
    throw new UserError(message, ExitCode.Usage);
  }
  for (const lang of langs) {
    const missing = missingPackFiles(lang, docs, templatesDir);
    if (missing.length > 0) {
      const usable = usableDocumentLanguages(docs, templatesDir).join(', ');
      throw new UserError(
        t('render.packIncomplete', { lang, files: missing.join(', '), usable }),
        ExitCode.Usage,
      );
    }
  }
  return spec;
}
