/**
 * Language packs on disk (#16): what a pack lacks for a document, which languages are ready, and
 * the review flag read from the pack itself, never from English by fallback.
 */
import { describe, expect, it } from 'vitest';

import { interfaceLanguages } from '../../../src/adapters/assets.js';
import {
  missingPackFiles,
  reviewStatus,
  usableDocumentLanguages,
} from '../../../src/adapters/language-packs.js';

describe('language packs', () => {
  it('names the files a pack lacks for the documents asked for', () => {
    expect(missingPackFiles('en', ['mou', 'concept-note'])).toEqual([]);
    expect(missingPackFiles('tk', ['mou', 'concept-note'])).toEqual([]);
    // A code no pack has: its catalogue and the template of the document asked for, nothing more.
    expect(missingPackFiles('xx', ['mou'])).toEqual(['locales/xx/render.json', 'templates/xx/mou.md.hbs']);
  });

  it('lists all seven document languages as ready for both documents', () => {
    expect(usableDocumentLanguages(['mou', 'concept-note'])).toEqual([
      'en',
      'ru',
      'kk',
      'ky',
      'uz',
      'tg',
      'tk',
    ]);
  });

  it('reads the review flag of each pack; a pack without one is unreviewed', () => {
    expect(reviewStatus('en')).toBe('reference');
    expect(reviewStatus('ru')).toBe('reference');
    expect(reviewStatus('tk')).toBe('unreviewed');
  });

  it('offers the interface only in languages with the interface catalogues', () => {
    expect(interfaceLanguages()).toEqual(['en', 'ru']);
  });
});
