/**
 * Language packs on disk. A document language is usable when its pack has the document
 * catalogue (`locales/<code>/render.json`) and both document templates
 * (`templates/<code>/mou.md.hbs`, `concept-note.md.hbs`); the interface (messages, prompts) is
 * offered only in the languages that ship its catalogues (`locales/<code>/cli.json`), English
 * and Russian today. Each pack says in `locales/<code>/pack.json` whether a native legal
 * reviewer has checked it (`"review": "reference" | "reviewed" | "unreviewed"`); a pack without
 * that file, or with any other value, counts as unreviewed.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import type { DocKind } from '../core/document/types.js';
import { DOCUMENT_LANGUAGES } from '../core/i18n/languages.js';
import { paths, readJson } from './assets.js';

export { interfaceLanguages } from './assets.js';
import { resolveFile, TEMPLATE_FILE } from './template-files.js';

/** The document catalogue every document language needs. */
export const DOCUMENT_CATALOGUE = 'render.json';

export type ReviewStatus = 'reference' | 'reviewed' | 'unreviewed';

/** What a language pack lacks for `docs`, as paths relative to the package (empty: usable). */
export function missingPackFiles(lang: string, docs: readonly DocKind[], templatesDir?: string): string[] {
  const missing: string[] = [];
  if (!existsSync(join(paths.locales, lang, DOCUMENT_CATALOGUE)))
    missing.push(`locales/${lang}/${DOCUMENT_CATALOGUE}`);
  for (const doc of docs) {
    if (!resolveFile(lang, TEMPLATE_FILE[doc], templatesDir))
      missing.push(`templates/${lang}/${TEMPLATE_FILE[doc]}`);
  }
  return missing;
}

/** Document languages whose pack has everything for `docs`. */
export function usableDocumentLanguages(docs: readonly DocKind[], templatesDir?: string): string[] {
  return DOCUMENT_LANGUAGES.filter((lang) => missingPackFiles(lang, docs, templatesDir).length === 0);
}

/** The pack's own review flag, never English's by fallback. */
export function reviewStatus(lang: string): ReviewStatus {
  const file = join(paths.locales, lang, 'pack.json');
  if (!existsSync(file)) return 'unreviewed';
  const review = readJson<{ review?: unknown }>(file).review;
  return review === 'reference' || review === 'reviewed' ? review : 'unreviewed';
}
