import { existsSync } from 'node:fs';
import { join } from 'node:path';

import {
  createTranslator,
  FALLBACK_LANGUAGE,
  languageFromEnv,
  type Translate,
} from '../core/i18n/translate.js';
import { availableLanguages, loadCatalogue, paths } from './assets.js';

/** A translator for `language` backed by the bundled catalogues, with English as fallback. */
export function translatorFor(language: string): Translate {
  const fallback = language === FALLBACK_LANGUAGE ? undefined : loadCatalogue(FALLBACK_LANGUAGE);
  return createTranslator(language, loadCatalogue(language), fallback);
}

/** The interface language: `--ui-lang` if given, else from LC_ALL / LC_MESSAGES / LANG. */
export function uiLanguage(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  // Document-only languages (kk, ky, uz, tg, tk) have no interface catalogue: the interface stays en/ru.
  const supported = availableLanguages().filter((lang) => existsSync(join(paths.locales, lang, 'cli.json')));
  if (explicit) return supported.includes(explicit) ? explicit : FALLBACK_LANGUAGE;
  return languageFromEnv(env, supported);
}
