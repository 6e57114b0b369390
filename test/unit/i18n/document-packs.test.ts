/**
 * The document-only language packs (kk, ky, uz, tg, tk): the catalogues the documents use
 * (`render`, `checklist`, `countries`, and `check` for the readiness annex and advice) carry exactly the keys and placeholders of English, the
 * plural forms of the language's CLDR rules, the same numbers and protocol section references
 * as English, and every letter in the language's own script. Their interface stays en/ru, so
 * they ship no interface catalogues.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { ROOT } from '../../helpers/cli.js';

const DOCUMENT_NAMESPACES = ['render.json', 'checklist.json', 'countries.json', 'check.json'] as const;
const PLURAL = /_(zero|one|two|few|many|other)$/;
/** Keys a pack adds for the date machinery of #16 (documented in locales/README.md). */
const DATE_KEYS = /^(date\.(pattern|month\.(1[0-2]|[1-9]))|ordinal\.\d+)$/;

interface Pack {
  code: string;
  script: 'Cyrillic' | 'Latin';
  /** Every letter of the language's alphabet (lower case); any other letter is reported. */
  alphabet: string;
  /** Foreign-script words allowed: proper names, the CLI's own words, section letters. */
  foreign: readonly string[];
}

const RUSSIAN = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';
/**
 * Names kept in their own (Latin) form, the command names of the CLI, the protocol's section
 * letters, and the Latin letters of hepatitis B and C (Turkmen has no letter c).
 */
const FOREIGN = [
  'B',
  'C',
  'CADAP',
  'PDF',
  'UNODC',
  'GLORI',
  'AFEW',
  'UMut',
  'Answer',
  'check',
  'countries',
  'force',
  'draft',
  'd',
  'e',
];

const PACKS: readonly Pack[] = [
  { code: 'ky', script: 'Cyrillic', alphabet: `${RUSSIAN}ңөү`, foreign: FOREIGN },
  {
    code: 'kk',
    script: 'Cyrillic',
    alphabet: `${RUSSIAN}әғқңөұүһі`,
    foreign: FOREIGN,
  },
  {
    code: 'uz',
    script: 'Latin',
    alphabet: 'abcdefghijklmnopqrstuvxyzʻʼ',
    foreign: FOREIGN,
  },
  {
    code: 'tg',
    script: 'Cyrillic',
    alphabet: 'абвгғдеёжзиӣйкқлмнопрстуӯфхҳчҷшъэюя',
    foreign: FOREIGN,
  },
  {
    code: 'tk',
    script: 'Latin',
    alphabet: 'abçdeäfghijžklmnňoöprsştuüwyýz',
    foreign: FOREIGN,
  },
];

/** Messages that may equal the English or Russian text: names of organisations and countries, "протокол". */
const SAME_AS_SOURCE_ALLOWED = /^(cso\.[\w-]+\.name|[A-Z]{2}\.name|section\.protocol)$/;

type Table = Record<string, string>;

/** A catalogue, or an empty one if the file is missing (then 'ships the document catalogues' fails). */
function read(lang: string, namespace: string): Table {
  const file = join(ROOT, 'locales', lang, namespace);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Table) : {};
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

/** The numbers of a text, independent of thousands and decimal separators. */
function numbers(text: string, decimalComma: boolean): string[] {
  const normalised = decimalComma
    ? text.replace(/(\d)[\u00a0\u202f ](?=\d{3}\b)/g, '$1').replace(/(\d),(?=\d)/g, '$1.')
    : text.replace(/(\d),(?=\d{3}\b)/g, '$1');
  return [...normalised.matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]).sort();
}

/** Letters outside the language's alphabet, with the word they occur in. */
function strangeWords(text: string, pack: Pack): string[] {
  const plain = text
    .replace(/`[^`]*`/g, ' ') // YAML keys and commands the user types, quoted as code
    .replace(/\{\w+\}/g, ' ')
    .replace(/--\w+/g, ' ')
    .replace(/prison-protocol/g, ' ');
  const words = plain.match(/[\p{L}\u02bb\u02bc]+/gu) ?? [];
  return words.filter((word) => {
    if (pack.foreign.includes(word)) return false;
    return [...word.toLowerCase()].some((letter) => !pack.alphabet.includes(letter));
  });
}

const english = Object.fromEntries(DOCUMENT_NAMESPACES.map((ns) => [ns, read('en', ns)])) as Record<
  string,
  Table
>;

describe.each(PACKS)('document pack $code', (pack) => {
  const categories = new Intl.PluralRules(pack.code).resolvedOptions().pluralCategories;

  it('ships the document catalogues', () => {
    for (const namespace of DOCUMENT_NAMESPACES)
      expect(existsSync(join(ROOT, 'locales', pack.code, namespace)), namespace).toBe(true);
  });

  for (const namespace of DOCUMENT_NAMESPACES) {
    describe(namespace, () => {
      const table = read(pack.code, namespace);
      const en = english[namespace]!;

      it('has the keys of English, with the plural forms of its CLDR rules', () => {
        const expected = new Set<string>();
        for (const key of Object.keys(en)) {
          if (PLURAL.test(key)) {
            const base = key.replace(PLURAL, '');
            for (const category of categories) expected.add(`${base}_${category}`);
          } else expected.add(key);
        }
        const own = Object.keys(table).filter((key) => !(namespace === 'render.json' && DATE_KEYS.test(key)));
        expect(own.sort()).toEqual([...expected].sort());
      });

      it('uses the placeholders of English in every message', () => {
        for (const [key, text] of Object.entries(table)) {
          const counterpart = en[key] ?? en[`${key.replace(PLURAL, '')}_other`];
          if (counterpart === undefined) continue; // a date key, checked below
          expect(placeholders(text), `${pack.code}/${namespace} ${key}`).toEqual(placeholders(counterpart));
        }
      });

      it('leaves no message in English or Russian (proper names aside)', () => {
        const russian = read('ru', namespace);
        for (const [key, text] of Object.entries(table)) {
          if (SAME_AS_SOURCE_ALLOWED.test(key) || !/\p{L}{3}/u.test(text.replace(/\{\w+\}/g, ''))) continue;
          expect(text, `${pack.code}/${namespace} ${key}`).not.toBe(en[key]);
          expect(text, `${pack.code}/${namespace} ${key}`).not.toBe(russian[key]);
        }
      });

      it('keeps the numbers and section references of English', () => {
        for (const [key, text] of Object.entries(en)) {
          const own = table[key] ?? table[`${key.replace(PLURAL, '')}_other`];
          if (own === undefined || key === 'numberLocale' || key === 'locale') continue;
          expect(numbers(own, true), `${pack.code}/${namespace} ${key}`).toEqual(numbers(text, false));
        }
      });

      it(`writes every word in the ${pack.script} alphabet of the language`, () => {
        for (const [key, text] of Object.entries(table)) {
          if (key === 'numberLocale' || key === 'locale') continue;
          expect(strangeWords(text, pack), `${pack.code}/${namespace} ${key}: ${text}`).toEqual([]);
        }
      });
    });
  }

  it('has a date pattern and twelve month names for the formatting machinery', () => {
    const render = read(pack.code, 'render.json');
    expect(render['date.pattern']).toMatch(/\{year\}/);
    expect(render['date.pattern']).toMatch(/\{day\}/);
    expect(render['date.pattern']).toMatch(/\{month\}/);
    for (let month = 1; month <= 12; month++)
      expect(render[`date.month.${month}`], `month ${month}`).toBeTruthy();
  });

  it('is marked as not yet reviewed by a native legal reviewer in its glossary', () => {
    const glossary = readFileSync(join(ROOT, 'docs', 'glossary', `${pack.code}.md`), 'utf8');
    expect(glossary).toMatch(/not (yet )?(been )?(checked|reviewed) by a native legal reviewer/i);
  });
});

describe('Uzbek letters', () => {
  it('writes oʻ and gʻ with U+02BB and the tutuq belgisi with U+02BC, never with quotes', () => {
    for (const namespace of DOCUMENT_NAMESPACES) {
      for (const [key, raw] of Object.entries(read('uz', namespace))) {
        const text = raw.replace(/`[^`]*`/g, ' ');
        expect(text, `uz/${namespace} ${key}`).not.toMatch(/[OoGg]['‘’`]/);
        expect(text, `uz/${namespace} ${key}`).not.toMatch(/\p{L}['’](?=\p{L})/u);
      }
    }
  });
});
