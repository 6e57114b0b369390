/** The advice each country profile carries: a case that triggers it and one that does not. */
import { describe, expect, it } from 'vitest';

import type { Answers } from '../../../src/core/answers/types.js';
import { loadCountryData } from '../../../src/adapters/countries.js';
import { COUNTRY_CODES } from '../../../src/core/countries/types.js';
import { goodAnswers } from './good-answers.js';
import { adviceOf, ids } from './helpers.js';

function variant(country: string, change: (answers: Answers) => void = () => undefined): Answers {
  const answers = structuredClone(goodAnswers());
  answers.country = country;
  change(answers);
  return answers;
}

const withoutOat = (a: Answers) => {
  a.services = a.services.filter((service) => service.id !== 'oat');
};

interface Case {
  id: string;
  triggers: Answers;
  passes: Answers;
}

const CASES: Case[] = [
  {
    id: 'country.kz.ministry-of-health',
    triggers: variant('KZ'),
    passes: variant('KZ', (a) =>
      a.parties.others!.push({ name: 'Ministry of Health of the Republic of Kazakhstan' }),
    ),
  },
  { id: 'country.kz.oat-evidence', triggers: variant('KZ'), passes: variant('KZ', withoutOat) },
  {
    id: 'country.kz.probation',
    triggers: variant('KZ'),
    passes: variant('KZ', (a) => a.parties.others!.push({ name: 'Служба пробации' })),
  },
  {
    id: 'country.kg.enrolment',
    triggers: variant(
      'KG',
      (a) => (a.monitoring.indicators[0]!.name = 'Clients on methadone therapy at release'),
    ),
    passes: variant('KG'),
  },
  {
    id: 'country.tj.narcology-centre',
    triggers: variant('TJ', (a) => {
      a.parties.others = [];
      a.services[0]!.authorisedBy = ['Ministry of Health'];
      a.monitoring.indicators[0]!.source = 'clinic register';
    }),
    passes: variant('TJ'),
  },
  { id: 'country.tj.cso-role', triggers: variant('TJ'), passes: variant('KG') },
  // The personal-data laws whose Russian title (and, for Tajikistan, number and date) no source confirmed.
  {
    id: 'country.kg.personal-data-law',
    triggers: variant('KG', (a) => (a.language = 'ru')),
    passes: variant('KG'),
  },
  { id: 'country.tj.personal-data-law', triggers: variant('TJ'), passes: variant('KG') },
  { id: 'country.tm.start-small', triggers: variant('TM'), passes: variant('KG') },
  {
    id: 'country.uz.entry-points',
    triggers: variant('UZ', (a) => {
      a.parties.others = [];
      a.services[0]!.authorisedBy = ['Ministry of Health'];
      a.monitoring.indicators[0]!.source = 'clinic register';
    }),
    passes: variant('UZ'),
  },
  {
    id: 'country.uz.mahalla',
    triggers: variant('UZ'),
    passes: variant('UZ', (a) => a.parties.others!.push({ name: 'Mahalla committee of the district' })),
  },
];

describe('country advice', () => {
  it.each(CASES)('$id applies only when its condition holds', ({ id, triggers, passes }) => {
    expect(ids(triggers)).toContain(id);
    expect(ids(passes)).not.toContain(id);
  });

  it('covers every advice of every profile', () => {
    const tested = new Set(CASES.map((c) => c.id));
    for (const code of COUNTRY_CODES) {
      for (const advice of loadCountryData(code)!.advice) {
        expect(tested, `${code} ${advice.id}`).toContain(`country.${code.toLowerCase()}.${advice.id}`);
      }
    }
  });

  it('puts country advice in the area the profile names, with its section', () => {
    const advice = adviceOf(variant('TJ')).find((item) => item.id === 'country.tj.cso-role');
    expect(advice).toMatchObject({ area: 'civil-society', severity: 'advice', section: 'protocol 9' });
  });

  it('gives a file for another country no country advice, and no crash', () => {
    const found = ids(variant('DE', (a) => (a.civilSociety.organisations[0]!.name = 'Some CSO')));
    expect(found.filter((id) => id.startsWith('country.'))).toEqual([]);
  });
});
