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
    expect(missingPackFiles('tk', ['mou'])).toEqual(expect.arrayContaining(['templates/tk/mou.md.hbs']));
    expect(missingPackFiles('tk', ['mou'])).not.toContain('templates/tk/concept-note.md.hbs');
  });

  it('lists English and Russian as ready for both documents', () => {
    expect(usableDocumentLanguages(['mou', 'concept-note'])).toEqual(expect.arrayContaining(['en', 'ru']));
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
