/**
 * Text in several languages (#16): a free-text value may be `{ ru: …, ky: … }`. Resolution per
 * document language, the values `check` warns about, and validation of maps with exact
 * positions (the schemas gain language maps generically, core/schema/multilingual).
 */
import { describe, expect, it } from 'vitest';

import { validateAnswers } from '../../../src/adapters/schemas.js';
import { translatorFor } from '../../../src/adapters/i18n.js';
import { missingTexts, resolveLanguages, isLanguageMap } from '../../../src/core/answers/multilingual.js';
import { parseAnswers } from '../../../src/core/answers/load.js';
import { withLanguageMaps } from '../../../src/core/schema/multilingual.js';

const t = translatorFor('en');

describe('resolving values for a document language', () => {
  const answers = {
    language: 'ru',
    parties: { prison: { name: { ky: 'Жазаларды аткаруу кызматы', ru: 'Служба исполнения наказаний' } } },
    services: [{ name: { en: 'Peer support', ru: 'Равная поддержка' } }, { name: 'Plain' }],
    signing: { date: '2027-04-15' },
  };

  it('takes the language’s text, else the file language’s, else the first given', () => {
    expect(resolveLanguages(answers, { lang: 'ky', fileLanguage: 'ru' }).parties.prison.name).toBe(
      'Жазаларды аткаруу кызматы',
    );
    const kk = resolveLanguages(answers, { lang: 'kk', fileLanguage: 'ru' });
    expect(kk.parties.prison.name).toBe('Служба исполнения наказаний');
    expect(kk.services.map((s) => s.name)).toEqual(['Равная поддержка', 'Plain']);
    expect(resolveLanguages(answers, { lang: 'kk' }).services[0]!.name).toBe('Peer support');
  });

  it('shows a placeholder in drafts instead of another language’s text', () => {
    const draft = resolveLanguages(answers, {
      lang: 'ky',
      fileLanguage: 'ru',
      placeholder: (text) => `[ky: ${text}]`,
    });
    expect(draft.services[0]!.name).toBe('[ky: Равная поддержка]');
    expect(draft.parties.prison.name).toBe('Жазаларды аткаруу кызматы');
  });

  it('leaves the original untouched and other mappings alone', () => {
    resolveLanguages(answers, { lang: 'ky' });
    expect(isLanguageMap(answers.parties.prison.name)).toBe(true);
    expect(isLanguageMap(answers.signing)).toBe(false);
    expect(isLanguageMap({})).toBe(false);
  });

  it('lists each value without text in a rendered language', () => {
    expect(missingTexts(answers, ['ky', 'ru'])).toEqual([
      { segments: ['services', '0', 'name'], lang: 'ky' },
    ]);
  });
});

describe('validation of text in several languages', () => {
  const problems = (yaml: string) => validateAnswers(parseAnswers(new TextEncoder().encode(yaml), t), t);
  const file = (name: string) => `version: 1
language: ru
originals: [ky, ru]
prevailing: ru
country: KG
project:
  title: Pilot
parties:
  prison:
    name:
${name}
  cso:
    name: { ru: ОО «Кёпүрө», ky: «Көпүрө» КФ }
`;

  it('accepts maps of document languages', () => {
    const found = problems(file('      ru: Служба\n      ky: Кызмат')).filter((p) =>
      p.path.startsWith('/parties'),
    );
    expect(found).toEqual([]);
  });

  it('points at a mistake inside a map with its line and column', () => {
    const found = problems(file('      ru: Служба\n      kz: Кызмат\n      ky: ""'));
    const unknown = found.find((p) => p.code === 'unknown-key')!;
    expect([unknown.line, unknown.column]).toEqual([12, 7]);
    // "kz" is the country code; Kazakh is kk.
    expect(unknown.message).toBe('Unknown key “kz”. Did you mean “kk”?');
    const empty = found.find((p) => p.path === '/parties/prison/name/ky')!;
    expect([empty.line, empty.column]).toEqual([13, 11]);
    expect(empty.message).toMatch(/must not be empty/);
  });

  it('says what a free-text value may be when it is neither', () => {
    const found = problems(file('      - a list')).find((p) => p.path === '/parties/prison/name')!;
    expect(found.message).toContain('text, or texts by language (ru: …, ky: …)');
  });

  it('refuses an unknown language in originals', () => {
    const found = problems(file('      ru: Служба').replace('[ky, ru]', '[ky, de]'));
    expect(found.some((p) => p.path === '/originals/1' && p.code === 'enum')).toBe(true);
  });
});

describe('the schema transformation', () => {
  const files = withLanguageMaps({
    'answers.schema.json': {
      properties: {
        language: { type: 'string', enum: ['en', 'ru'] },
        name: { type: 'string', title: 'Name', minLength: 1 },
        date: { type: 'string', format: 'date' },
        id: { type: 'string', pattern: '^[a-z]+$' },
        code: { type: 'string', 'x-monolingual': true },
      },
    },
    'definitions.schema.json': { $defs: { text: { type: 'string' } } },
  }) as Record<
    string,
    { properties?: Record<string, Record<string, unknown>>; $defs?: Record<string, Record<string, unknown>> }
  >;
  const properties = files['answers.schema.json']!.properties!;
  const defs = files['definitions.schema.json']!.$defs!;

  it('makes only free text multilingual, referring to one shared map definition', () => {
    expect(properties.name).toMatchObject({
      type: ['string', 'object'],
      minLength: 1,
      $ref: 'definitions.schema.json#/$defs/languageMap',
    });
    expect(defs.text).toMatchObject({ type: ['string', 'object'], $ref: '#/$defs/languageMap' });
    expect(Object.keys(defs.languageMap!.properties as object)).toEqual(['en', 'ru']);
    for (const key of ['language', 'date', 'id', 'code']) expect(properties[key]!.type, key).toBe('string');
  });
});
