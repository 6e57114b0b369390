/**
 * Turns Ajv's errors into sentences a CSO can act on: the field's title, what was found, what is
 * expected, the allowed values, and "did you mean" for near misses.
 */
import type { ErrorObject } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';

import { isDocumentLanguage } from '../i18n/languages.js';
import type { Translate } from '../i18n/translate.js';
import { fieldPattern } from './locate.js';

/** The closest of `candidates` to `value`, if it is close enough to be a likely typo. */
export function suggest(value: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0 || value === '') return undefined;
  const best = closest(value, candidates as string[]);
  const limit = Math.max(2, Math.floor(best.length / 3));
  return distance(value.toLowerCase(), best.toLowerCase()) <= limit ? best : undefined;
}

/** A field's title in the interface language: `fields.<pattern>`, else its schema title, else its key. */
export function fieldTitle(segments: readonly string[], t: Translate, schemaTitle?: string): string {
  const pattern = fieldPattern(segments);
  if (pattern === '') return t('validation.wholeFile');
  const key = `fields.${pattern}`;
  const translated = t(key);
  if (translated !== key) return translated;
  // The text in one language of a value written in several (core/schema/multilingual).
  const last = segments[segments.length - 1];
  if (segments.length > 1 && isDocumentLanguage(last)) {
    const parent = t(`fields.${fieldPattern(segments.slice(0, -1))}`);
    if (!parent.startsWith('fields.')) return `${parent} (${last})`;
  }
  return schemaTitle ?? segments[segments.length - 1] ?? pattern;
}

export function describeFound(value: unknown, t: Translate): string {
  if (value === null || value === undefined) return t('validation.found.nothing');
  if (Array.isArray(value)) return t('validation.found.list');
  if (typeof value === 'object') return t('validation.found.mapping');
  if (typeof value === 'string') return t('validation.found.text', { value: truncate(value) });
  if (typeof value === 'boolean') return t('validation.found.boolean', { value: String(value) });
  return t('validation.found.number', { value: String(value) });
}

function truncate(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The schema of a free-text value that may also be a language map (core/schema/multilingual). */
function isLanguageMapSchema(schema: unknown): boolean {
  const type = (schema as { type?: unknown } | undefined)?.type;
  return Array.isArray(type) && type.length === 2 && type.includes('string') && type.includes('object');
}

/** The shared map of language to text itself: its properties are the document languages. */
function isLanguageMapDefinition(schema: unknown): boolean {
  const properties = (schema as { properties?: object } | undefined)?.properties;
  return (
    properties !== undefined &&
    Object.keys(properties).length > 0 &&
    Object.keys(properties).every(isDocumentLanguage)
  );
}

function expectedType(type: string | string[], t: Translate): string {
  const types = Array.isArray(type) ? type : [type];
  if (isLanguageMapSchema({ type: types })) return t('validation.type.languageMap');
  return types.map((name) => t(`validation.type.${name}`)).join(t('validation.or'));
}

function quoteList(values: readonly unknown[]): string {
  return values.map(String).join(', ');
}

function didYouMean(value: unknown, candidates: readonly string[], t: Translate): string {
  if (typeof value !== 'string') return '';
  const hint = suggest(value, candidates);
  return hint ? ` ${t('validation.didYouMean', { value: hint })}` : '';
}

/** The sentence for one Ajv error; `value` is the offending value, `segments` its path. */
export function describeError(error: ErrorObject, segments: string[], value: unknown, t: Translate): string {
  const schemaTitle = (error.parentSchema as { title?: string } | undefined)?.title;
  const title = fieldTitle(segments, t, schemaTitle);
  const found = describeFound(value, t);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      return (
        t('validation.enum', { title, found, allowed: quoteList(allowed) }) + didYouMean(value, allowed, t)
      );
    }
    case 'type':
      return t('validation.type', { title, found, expected: expectedType(params.type as string, t) });
    case 'uniqueItems':
      return t('validation.uniqueItems', { title });
    case 'format':
      return t(`validation.format.${String(params.format)}`, { title, found });
    case 'pattern':
      return t(`validation.pattern.${patternName(String(params.pattern))}`, { title, found });
    case 'minItems':
      return t('validation.minItems', { title, count: Number(params.limit) });
    case 'maxItems': {
      const count = Array.isArray(value) ? value.length : 0;
      return t('validation.maxItems', { title, count, max: Number(params.limit) });
    }
    case 'minLength':
      return t('validation.minLength', { title });
    case 'minProperties':
      // A free-text value written as a language map (core/schema/multilingual) with no language.
      if (isLanguageMapDefinition(error.parentSchema)) return t('validation.languageMap.empty', { title });
      return t('validation.minProperties', { title });
    case 'minimum':
      return t('validation.minimum', { title, found, limit: String(params.limit) });
    case 'maximum':
      return t('validation.maximum', { title, found, limit: String(params.limit) });
    case 'const':
      return t('validation.enum', { title, found, allowed: String(params.allowedValue) });
    default:
      return t('validation.other', { title, detail: error.message ?? error.keyword });
  }
}

function patternName(pattern: string): string {
  if (pattern.includes('A-Z')) return 'countryCode';
  if (pattern.includes('a-z0-9')) return 'kebabId';
  return 'other';
}
