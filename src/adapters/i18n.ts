import {
  createTranslator,
  FALLBACK_LANGUAGE,
  languageFromEnv,
  type Translate,
} from '../core/i18n/translate.js';
import { interfaceLanguages, loadCatalogue } from './assets.js';

/** A translator for `language` backed by the bundled catalogues, with English as fallback. */
export function translatorFor(language: string): Translate {
  const fallback = language === FALLBACK_LANGUAGE ? undefined : loadCatalogue(FALLBACK_LANGUAGE);
  return createTranslator(language, loadCatalogue(language), fallback);
}

/**
 * The interface language: `--ui-lang` if given, else from LC_ALL / LC_MESSAGES / LANG, else (as
 * on Windows, where none of them is set) the system locale as the Intl API reports it.
 */
export function uiLanguage(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const supported = interfaceLanguages();
  if (explicit) return supported.includes(explicit) ? explicit : FALLBACK_LANGUAGE;
  if (env.LC_ALL || env.LC_MESSAGES || env.LANG) return languageFromEnv(env, supported);
  return languageFromEnv({ LANG: systemLocale() }, supported);
}

/** The operating system's locale (`ru-RU`…), as Node's ICU reads it (Windows: the user's). */
function systemLocale(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().locale;
  } catch {
    return '';
  }
}
