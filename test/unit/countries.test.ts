/** Country profiles: data files, catalogue entries in every language, and the built profile. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { countryCodes, countryProfile, loadCountryData } from '../../src/adapters/countries.js';
import { translatorFor } from '../../src/adapters/i18n.js';
import {
  COUNTRY_CODES,
  TOPICS,
  formatProfileList,
  formatProfileText,
} from '../../src/core/countries/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const catalogue = (lang: string) =>
  JSON.parse(readFileSync(join(ROOT, 'locales', lang, 'countries.json'), 'utf8')) as Record<string, string>;
const LANGS = ['en', 'ru'];

/** Every message key a data file needs. */
function keysOf(code: (typeof COUNTRY_CODES)[number]): string[] {
  const data = loadCountryData(code)!;
  return [
    `${code}.name`,
    `${code}.summary`,
    ...TOPICS.flatMap((topic) => data.topics[topic].map((p) => `${code}.${topic}.${p.id}`)),
    ...data.figures.map((f) => `${code}.figure.${f.id}`),
    ...data.counterparts.map((c) => `${code}.counterpart.${c.id}.name`),
    ...data.csos.flatMap((c) => [`cso.${c.id}.name`, `cso.${c.id}.note`]),
    ...data.advice.map((a) => `${code}.advice.${a.id}`),
  ];
}

describe('country data', () => {
  it('has a profile for each of the five countries', () => {
    expect(countryCodes()).toEqual(['KZ', 'KG', 'TJ', 'TM', 'UZ']);
    for (const code of COUNTRY_CODES) expect(loadCountryData(code)?.code).toBe(code);
  });

  it.each(LANGS)('every text of every profile is in the %s catalogue', (lang) => {
    const table = catalogue(lang);
    for (const code of COUNTRY_CODES)
      for (const key of keysOf(code)) expect(table[key], `${lang} ${key}`).toBeTruthy();
  });

  it('cites a protocol section for every paragraph, figure and CSO, and paragraphs in each topic', () => {
    for (const code of COUNTRY_CODES) {
      const data = loadCountryData(code)!;
      for (const topic of TOPICS) expect(data.topics[topic].length, `${code} ${topic}`).toBeGreaterThan(0);
      const cited = [...TOPICS.flatMap((topic) => data.topics[topic]), ...data.figures, ...data.csos];
      for (const item of cited) expect(item.section.length, `${code} ${item.id}`).toBeGreaterThan(0);
    }
  });

  it('lists the CSOs of annex 12 with the websites the annex gives', () => {
    const kg = loadCountryData('KG')!;
    expect(kg.csos.find((cso) => cso.id === 'socium')).toMatchObject({
      website: 'https://sotsium.kg/',
      links: ['https://sotsium.kg/', 'https://www.facebook.com/sotsium.kg/'],
      annex: 10,
    });
    const annexRows = COUNTRY_CODES.flatMap((code) => loadCountryData(code)!.csos.map((cso) => cso.annex));
    expect(new Set(annexRows.filter(Boolean))).toEqual(new Set(Array.from({ length: 17 }, (_, i) => i + 1)));
  });

  it('marks counterparts the protocol does not name with verify', () => {
    const tj = loadCountryData('TJ')!;
    expect(tj.counterparts.find((c) => c.id === 'penitentiary')?.verify).toBe(true);
    expect(tj.counterparts.find((c) => c.id === 'narcology')?.verify).toBe(false);
  });
});

describe('countryProfile', () => {
  it('returns ready-to-print translated paragraphs and CSOs', () => {
    const profile = countryProfile('kg', translatorFor('en'))!;
    expect(profile.name).toBe('Kyrgyzstan');
    expect(profile.prisonServices.title).toBe('Services in prisons today');
    const first = profile.prisonServices.paragraphs[0]!;
    expect(first.section).toBe('protocol 5.3 (b)');
    expect(first.cited).toBe(`${first.text} (protocol 5.3 (b))`);
    expect(profile.csos.find((cso) => cso.id === 'istihsan')).toMatchObject({
      name: 'Public Foundation “Istihsan”',
      links: [],
      section: 'protocol 12, 5.2 (b), 5.3 (b)',
    });
    expect(profile.figures.find((f) => f.id === 'registered-csos')?.text).toBe(
      'more than 23,700 registered CSOs',
    );
  });

  it('is Russian with a Russian translator, numbers included', () => {
    const profile = countryProfile('KG', translatorFor('ru'))!;
    expect(profile.name).toBe('Кыргызстан');
    expect(profile.csos.find((cso) => cso.id === 'istihsan')?.name).toBe('Общественный фонд «Истихсан»');
    expect(profile.figures.find((f) => f.id === 'registered-csos')?.text).toMatch(/^более 23\s700 /u);
    expect(profile.advice[0]?.message).toMatch(/[а-яё]/i);
  });

  it('returns undefined for other countries and for no country', () => {
    const t = translatorFor('en');
    expect(countryProfile('DE', t)).toBeUndefined();
    expect(countryProfile('', t)).toBeUndefined();
    expect(countryProfile(undefined, t)).toBeUndefined();
  });

  it('formats the list and a profile within 80 columns (links aside)', () => {
    const t = translatorFor('en');
    const profiles = countryCodes().map((code) => countryProfile(code, t)!);
    const list = formatProfileList(profiles, t);
    expect(list).toContain('TM  Turkmenistan:');
    for (const profile of profiles) {
      const text = formatProfileText(profile, t);
      for (const line of text.split('\n'))
        if (!line.includes('://')) expect(line.length).toBeLessThanOrEqual(80);
    }
  });
});
