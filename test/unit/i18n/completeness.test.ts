/**
 * Every language ships the same messages, templates and data: a key, template or checklist text
 * that exists in one language and not in another fails here. Plural forms are compared by their
 * base key, since languages have different sets of forms (English one/other, Russian one/few/many).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

import { describe, expect, it } from 'vitest';

import { createTranslator, languageFromEnv } from '../../../src/core/i18n/translate.js';
import { ROOT } from '../../helpers/cli.js';

const LANGUAGES = readdirSync(join(ROOT, 'locales')).filter((name) =>
  statSync(join(ROOT, 'locales', name)).isDirectory(),
);
const PLURAL = /_(zero|one|two|few|many|other)$/;
/** Document-only languages (kk, ky, uz, tg, tk) have no interface catalogue; document-packs.test.ts checks them. */
const INTERFACE_LANGUAGES = LANGUAGES.filter((name) => existsSync(join(ROOT, 'locales', name, 'cli.json')));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function baseKeys(lang: string): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  for (const name of readdirSync(join(ROOT, 'locales', lang))) {
    const table = JSON.parse(readFileSync(join(ROOT, 'locales', lang, name), 'utf8')) as Record<
      string,
      unknown
    >;
    result.set(name, new Set(Object.keys(table).map((key) => key.replace(PLURAL, ''))));
  }
  return result;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

describe('message catalogues', () => {
  it('exist for English and Russian', () => {
    expect(LANGUAGES).toEqual(expect.arrayContaining(['en', 'ru']));
  });

  const english = baseKeys('en');
  for (const lang of INTERFACE_LANGUAGES.filter((l) => l !== 'en')) {
    it(`${lang} has the same namespaces and keys as en`, () => {
      const other = baseKeys(lang);
      expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [namespace, keys] of english) {
        expect([...(other.get(namespace) ?? [])].sort(), `${lang}/${namespace}`).toEqual([...keys].sort());
      }
    });

    it(`${lang} uses the same placeholders as en`, () => {
      for (const namespace of english.keys()) {
        const en = JSON.parse(readFileSync(join(ROOT, 'locales/en', namespace), 'utf8')) as Record<
          string,
          string
        >;
        const xx = JSON.parse(readFileSync(join(ROOT, 'locales', lang, namespace), 'utf8')) as Record<
          string,
          string
        >;
        for (const [key, text] of Object.entries(en)) {
          const counterpart = xx[key] ?? xx[`${key.replace(PLURAL, '')}_other`];
          if (typeof text !== 'string' || typeof counterpart !== 'string') continue;
          expect(placeholders(counterpart), `${lang}/${namespace} ${key}`).toEqual(placeholders(text));
        }
      }
    });
  }

  it('has no empty messages', () => {
    for (const lang of LANGUAGES) {
      for (const name of readdirSync(join(ROOT, 'locales', lang))) {
        const table = JSON.parse(readFileSync(join(ROOT, 'locales', lang, name), 'utf8')) as Record<
          string,
          unknown
        >;
        for (const [key, text] of Object.entries(table))
          expect(String(text).trim(), `${lang}/${name} ${key}`).not.toBe('');
      }
    }
  });
});

describe('templates', () => {
  it('every language has the same template files', () => {
    const templateLangs = readdirSync(join(ROOT, 'templates')).filter((name) =>
      statSync(join(ROOT, 'templates', name)).isDirectory(),
    );
    const list = (lang: string) =>
      files(join(ROOT, 'templates', lang))
        .map((f) => relative(join(ROOT, 'templates', lang), f))
        .sort();
    for (const lang of templateLangs) expect(list(lang), lang).toEqual(list('en'));
    expect(templateLangs).toEqual(expect.arrayContaining(['en', 'ru']));
  });
});

describe('translator', () => {
  it('chooses Russian plural forms', () => {
    const t = createTranslator('ru', {
      x: { n_one: '{count} ошибка', n_few: '{count} ошибки', n_many: '{count} ошибок' },
    });
    expect([1, 2, 5, 21, 22, 25].map((count) => t('x.n', { count }))).toEqual([
      '1 ошибка',
      '2 ошибки',
      '5 ошибок',
      '21 ошибка',
      '22 ошибки',
      '25 ошибок',
    ]);
  });

  it('chooses the form for a count written as text (as templates pass it)', () => {
    const t = createTranslator('ru', {
      x: { d_one: '{count} день', d_few: '{count} дня', d_many: '{count} дней' },
    });
    expect(['21', '22', '30'].map((count) => t('x.d', { count }))).toEqual(['21 день', '22 дня', '30 дней']);
  });

  it('falls back to English, then to the key', () => {
    const t = createTranslator('ru', {}, { x: { only: 'English' } });
    expect(t('x.only')).toBe('English');
    expect(t('x.none')).toBe('x.none');
  });

  it.each([
    [{ LANG: 'ru_RU.UTF-8' }, 'ru'],
    [{ LC_ALL: 'ru_KG.UTF-8', LANG: 'en_US.UTF-8' }, 'ru'],
    [{ LC_ALL: '', LC_MESSAGES: 'ru_RU', LANG: 'en_US' }, 'ru'],
    [{ LANG: 'kk_KZ.UTF-8' }, 'en'],
    [{ LANG: 'C' }, 'en'],
    [{}, 'en'],
  ])('reads the interface language from %j', (env, expected) => {
    expect(languageFromEnv(env, ['en', 'ru'])).toBe(expected);
  });
});
