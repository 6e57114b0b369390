/**
 * Country profiles from `data/countries/<code>.json`, joined with the message catalogue.
 * Read once per process; a country without a file simply has no profile.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { buildCountryProfile } from '../core/countries/profile.js';
import {
  COUNTRY_CODES,
  isCountryCode,
  type CountryData,
  type CountryProfile,
} from '../core/countries/types.js';
import type { Translate } from '../core/i18n/translate.js';
import { paths, readJson } from './assets.js';

const cache = new Map<string, CountryData | undefined>();

/** The raw data of a country (code in any case), or undefined when there is no built-in profile. */
export function loadCountryData(code: string): CountryData | undefined {
  const upper = code.trim().toUpperCase();
  if (!isCountryCode(upper)) return undefined;
  if (!cache.has(upper)) {
    const file = join(paths.data, 'countries', `${upper.toLowerCase()}.json`);
    cache.set(upper, existsSync(file) ? readJson<CountryData>(file) : undefined);
  }
  return cache.get(upper);
}

/**
 * The translated profile of a country, ready to print (paragraphs with their protocol sections,
 * CSOs with websites, counterparts, figures, country advice); undefined for other countries.
 */
export function countryProfile(code: string | undefined, t: Translate): CountryProfile | undefined {
  if (!code) return undefined;
  const data = loadCountryData(code);
  return data ? buildCountryProfile(data, t) : undefined;
}

/** The codes that have a built-in profile, in the protocol's order. */
export function countryCodes(): string[] {
  return COUNTRY_CODES.filter((code) => loadCountryData(code) !== undefined);
}
