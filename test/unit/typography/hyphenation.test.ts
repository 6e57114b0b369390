import { describe, expect, it } from 'vitest';

import {
  hasHyphenationPatterns,
  loadHyphenator,
  withSoftHyphens,
} from '../../../src/core/typography/hyphenation.js';

const parts = async (lang: string, word: string) => {
  const hyphenate = await loadHyphenator(lang);
  return withSoftHyphens(word, hyphenate).split('\u00ad');
};

describe('hyphenation', () => {
  it('breaks Russian words at their syllables, never leaving one letter', async () => {
    expect(await parts('ru', 'Периодичность')).toEqual(['Пе', 'ри', 'о', 'дич', 'ность']);
    expect(await parts('ru', 'Ответственный')).toEqual(['От', 'вет', 'ствен', 'ный']);
    expect((await parts('ru', 'пенитенциарная')).at(-1)!.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps punctuation out of the patterns and breaks after an existing hyphen without adding one', async () => {
    const hyphenate = await loadHyphenator('ru');
    expect(withSoftHyphens('«учреждения»,', hyphenate)).toBe('«учре\u00adжде\u00adния»,');
    const points = hyphenate('медико-социальной');
    expect(points).toContainEqual({ at: 'медико-'.length, hyphen: false });
  });

  it('leaves acronyms, codes and addresses whole', async () => {
    const en = await loadHyphenator('en');
    expect(en('UNODC')).toEqual([]);
    expect(en('www.example.org')).toEqual([]);
    expect(en('info@example.org')).toEqual([]);
    expect(await parts('en', 'responsibilities')).toEqual(['re', 'spon', 'si', 'bil', 'i', 'ties']);
  });

  it('has patterns for en, ru and tk; Kazakh, Kyrgyz, Tajik and Uzbek get none rather than wrong ones', async () => {
    expect(['en', 'ru', 'tk', 'en-GB'].map(hasHyphenationPatterns)).toEqual([true, true, true, true]);
    expect(['kk', 'ky', 'tg', 'uz', 'uz-Latn'].map(hasHyphenationPatterns)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    const kk = await loadHyphenator('kk');
    expect(kk('жауапкершілік')).toEqual([]);
    expect(kk('медико-әлеуметтік')).toEqual([{ at: 'медико-'.length, hyphen: false }]);
  });
});

describe('hyphenation of foreign words', () => {
  it('leaves a Kazakh name in a Russian text whole, and Cyrillic words in an English one', async () => {
    const ru = await loadHyphenator('ru');
    expect(ru('көпірі')).toEqual([]);
    expect(ru('Ғабдуллина')).toEqual([]);
    const en = await loadHyphenator('en');
    expect(en('пенитенциарная')).toEqual([]);
  });
});
