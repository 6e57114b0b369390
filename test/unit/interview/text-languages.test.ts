/**
 * The interview with text in several languages (#16): with `originals: [ky, ru]` the name-like
 * fields are asked in both languages and saved as a map after each answer; a value already
 * written as a map is asked language by language and never flattened.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { interview } from './harness.js';

const HEAD = 'version: 1\nlanguage: ru\noriginals: [ky, ru]\ncountry: KG\n';

describe('names in the languages of the originals', () => {
  it('asks the prison administration’s name in Kyrgyz and in Russian, saving each', async () => {
    const run = await interview(
      [
        {
          expect: 'Full official name of the prison administration — Kyrgyz (ky)',
          answer: 'Жазаларды аткаруу кызматы',
        },
        { expect: '— Russian (ru)', answer: 'Служба исполнения наказаний' },
      ],
      { text: HEAD },
    );
    expect(run.interrupted).toBe(true);
    expect(parse(run.text).parties.prison.name).toEqual({
      ky: 'Жазаларды аткаруу кызматы',
      ru: 'Служба исполнения наказаний',
    });
    // The first language was saved before the second was asked.
    expect(run.saves.some((text) => /ky: Жазаларды/.test(text) && !/ru: Служба/.test(text))).toBe(true);
  });

  it('resumes after a name given in both languages, and asks the short name in both too', async () => {
    const text = `${HEAD}parties:\n  prison:\n    name:\n      ky: Кызмат\n      ru: Служба\n`;
    const run = await interview(
      [
        {
          expect: 'Short name or abbreviation of the prison administration (optional) — Kyrgyz (ky)',
          answer: 'ЖАМК',
        },
        { expect: '(optional) — Russian (ru)', answer: 'ГСИН' },
      ],
      { text },
    );
    const prison = parse(run.text).parties.prison;
    expect(prison.name).toEqual({ ky: 'Кызмат', ru: 'Служба' });
    expect(prison.shortName).toEqual({ ky: 'ЖАМК', ru: 'ГСИН' });
  });
});
