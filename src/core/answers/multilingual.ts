/**
 * Text in several languages: any free-text value of the answers file may be a map of language
 * code to text (`name: { ru: …, ky: … }`). Each document language gets the answers resolved
 * once, before the view model is built, so templates and views only ever see plain text.
 */
import { isDocumentLanguage } from '../i18n/languages.js';

export type LanguageMap = Record<string, unknown>;

/** A mapping whose keys are all document language codes: a value written in several languages. */
export function isLanguageMap(value: unknown): value is LanguageMap {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date)
    return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every(isDocumentLanguage);
}

function textIn(map: LanguageMap, lang: string | undefined): string | undefined {
  const text = lang === undefined ? undefined : map[lang];
  return typeof text === 'string' && text.trim() !== '' ? text : undefined;
}

/** The first language of the map with text, in the order written. */
function firstText(map: LanguageMap): string | undefined {
  for (const lang of Object.keys(map)) {
    const text = textIn(map, lang);
    if (text !== undefined) return text;
  }
  return undefined;
}

export interface ResolveOptions {
  /** The document language. */
  lang: string;
  /** The file's `language`: the text taken when the map has none in `lang`. */
  fileLanguage?: string;
  /**
   * Draft documents show a placeholder instead of quietly taking another language: it gets the
   * text that would have been taken (or undefined).
   */
  placeholder?: (fallback: string | undefined) => string;
}

/** One value: the `lang` text, else the file language's, else the first given. */
export function resolveText(map: LanguageMap, options: ResolveOptions): string | undefined {
  const own = textIn(map, options.lang);
  if (own !== undefined) return own;
  const fallback = textIn(map, options.fileLanguage) ?? firstText(map);
  return options.placeholder ? options.placeholder(fallback) : fallback;
}

/** A copy of `data` with every language map replaced by its text in `options.lang`. */
export function resolveLanguages<T>(data: T, options: ResolveOptions): T {
  const walk = (value: unknown): unknown => {
    if (isLanguageMap(value)) return resolveText(value, options);
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object' || value instanceof Date) return value;
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = walk(item);
    return copy;
  };
  return walk(data) as T;
}

export interface MissingText {
  /** Path of the value, as keys and list indexes. */
  segments: string[];
  /** The language it has no text in. */
  lang: string;
}

/** Every language map lacking text in one of `languages` (each value and language once). */
export function missingTexts(data: unknown, languages: readonly string[]): MissingText[] {
  const found: MissingText[] = [];
  const walk = (value: unknown, segments: string[]) => {
    if (isLanguageMap(value)) {
      for (const lang of languages) if (textIn(value, lang) === undefined) found.push({ segments, lang });
      return;
    }
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...segments, String(index)]));
    else if (value !== null && typeof value === 'object' && !(value instanceof Date))
      for (const [key, item] of Object.entries(value)) walk(item, [...segments, key]);
  };
  walk(data, []);
  return found;
}

/** Whether the answers use text in several languages anywhere. */
export function usesLanguageMaps(data: unknown): boolean {
  if (isLanguageMap(data)) return true;
  if (Array.isArray(data)) return data.some(usesLanguageMaps);
  if (data === null || typeof data !== 'object' || data instanceof Date) return false;
  return Object.values(data).some(usesLanguageMaps);
}
