/**
 * Issue 11's keys in the interview: the basis of a signatory's authority always; the Russian
 * genitive of the signatory's name and position only for a Russian document (`language: ru` or
 * `originals` with ru), offered as the tool declines it so that Enter confirms it; and how long a
 * service after release follows its clients up.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { loadSessionSpec, validateText } from '../../../src/adapters/interview-session.js';
import { isVisible, ROOT } from '../../../src/core/interview/progress.js';
import { emptyRecord } from '../../../src/core/interview/record.js';
import { interview, t } from './harness.js';

const FILE = (language: string, originals = '') => `version: 1
language: ${language}
${originals}country: KZ
parties:
  prison: { name: Комитет уголовно-исполнительной системы }
  cso: { name: ОФ «Мост» }
`;

/** A session that has asked the prison administration's name and nothing after it. */
const record = (asked: string[] = []) => ({
  ...emptyRecord(),
  asked: ['language', 'country', 'parties.prison.name', ...asked],
});

const PRISON = [
  { expect: 'Short name or abbreviation of the prison administration', answer: '' },
  '',
  '',
  { expect: 'Who signs for the prison administration', answer: 'Ержан Серикович Нурланов' },
  'Начальник департамента',
  {
    expect: 'What does the person who signs for the prison administration act on',
    answer: 'Доверенность № 12 от 01.02.2027',
  },
];

describe('the signatory of a Russian document', () => {
  it('asks the basis, and offers the declined name and position for confirmation', async () => {
    const run = await interview(
      [
        ...PRISON,
        {
          expect: 'as the Russian memorandum writes it after «в лице» (genitive, surname first)',
          answer: '',
        },
        {
          expect: "The signatory's position as the Russian memorandum writes it",
          answer: 'начальника Департамента',
        },
        { expect: 'Focal point of the prison administration', answer: '' },
      ],
      { text: FILE('ru'), deps: { record: record() } },
    );
    const offered = run.prompter.events.filter((event) => event.kind === 'text').map((event) => event.detail);
    expect(offered).toContain('Нурланова Ержана Сериковича');
    expect(offered).toContain('начальника департамента');
    expect(parse(run.text).parties.prison.signatory).toEqual({
      name: 'Ержан Серикович Нурланов',
      title: 'Начальник департамента',
      basis: 'Доверенность № 12 от 01.02.2027',
      nameGenitive: 'Нурланова Ержана Сериковича',
      titleGenitive: 'начальника Департамента',
    });
    expect(validateText(run.text, t).filter((problem) => problem.path.startsWith('/parties'))).toEqual([]);
  });

  it('asks the genitive too when Russian is one of the originals', () => {
    const spec = loadSessionSpec();
    const question = spec.sections
      .flatMap((section) => section.questions)
      .find((entry) => entry.path === 'parties.prison.signatory.nameGenitive')!;
    const data = (originals: string[]) => ({
      language: 'kk',
      originals,
      parties: { prison: { signatory: { name: 'Ержан Нурланов' } } },
    });
    expect(isVisible(spec, question, data(['kk', 'ru']), ROOT)).toBe(true);
    expect(isVisible(spec, question, data(['kk']), ROOT)).toBe(false);
  });

  it('does not ask the genitive for a document without Russian', async () => {
    const run = await interview(
      [...PRISON, { expect: 'Focal point of the prison administration', answer: '' }],
      {
        text: FILE('en'),
        deps: { record: record() },
      },
    );
    expect(run.prompter.remaining).toBe(0);
    expect(parse(run.text).parties.prison.signatory).not.toHaveProperty('nameGenitive');
  });
});

describe('follow-up after release', () => {
  const SERVICES = `version: 1
language: en
country: KG
parties: { prison: { name: SPS }, cso: { name: PFE } }
project: { title: Bridge, institutions: [{ name: Colony No. 2, kind: colony }] }
targetGroup: { description: Women, populations: [women] }
services:
  - { id: release, type: pre-release-preparation, name: Preparation for release, implementer: cso }
`;

  it('asks how many months for a service that goes on after release, and checks the range', async () => {
    const run = await interview(
      [
        { expect: 'Preparation for release: where does this service take place', answer: 'both' },
        { expect: 'Preparation for release: for how many months after release', answer: '90' },
        '9',
      ],
      {
        text: SERVICES,
        deps: {
          startArea: 2,
          record: {
            ...emptyRecord(),
            asked: [
              'services',
              ...['type', 'name', 'description', 'implementer', 'staff'].map((key) => `services.0.${key}`),
            ],
          },
        },
      },
    );
    expect(run.prompter.texts('refused')).toHaveLength(1);
    expect(parse(run.text).services[0].followUpMonths).toBe(9);
  });
});
