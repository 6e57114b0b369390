/** `check` on half-done and mistyped files: never throws, always five areas in protocol order. */
import { describe, expect, it } from 'vitest';

import type { DraftAnswers } from '../../../src/core/answers/types.js';
import { checkAnswers } from '../../../src/core/check/index.js';
import { goodAnswers } from './good-answers.js';
import { check, en, ru } from './helpers.js';

const WEIRD: unknown[] = [
  {},
  null,
  [],
  'text',
  {
    country: 42,
    project: 'x',
    parties: [],
    targetGroup: 'none',
    services: 'oat',
    civilSociety: 7,
    responsibilities: [],
  },
  { targetGroup: { needs: 'everything', populations: 'women' }, services: [null, 1, 'x', { type: 5 }] },
  {
    services: [
      { id: 'a', type: 'opioid-agonist-therapy', authorisedBy: 'Ministry of Health', referralsTo: 'b' },
    ],
    monitoring: { indicators: [null, { name: 3, baseline: null }, 'x'] },
    civilSociety: { organisations: [{ strengths: 'many' }, 'org'] },
    responsibilities: { prison: 'everything', coordination: 'monthly', termination: 30 },
    parties: { prison: { name: 'P', focalPoint: 'someone' }, cso: null, others: 'partners' },
  },
  { country: 'kg', targetGroup: { populations: ['Women'], needs: { medical: [null, ''] } } },
];

describe('check on any input', () => {
  it.each(WEIRD.map((input, index) => ({ input, index })))('never throws (input $index)', ({ input }) => {
    for (const t of [en, ru]) {
      const report = check(input as DraftAnswers, t);
      expect(report.areas.map((area) => area.id)).toEqual([
        'target-group',
        'services',
        'civil-society',
        'responsibilities',
        'monitoring',
      ]);
      expect(report.summary.ready).toBe(false);
    }
  });

  it('reports an empty file as five missing areas, each with its required fields', () => {
    const report = checkAnswers({}, en);
    expect(report.areas.map((area) => area.status)).toEqual([
      'missing',
      'missing',
      'missing',
      'missing',
      'missing',
    ]);
    expect(report.areas[0]!.missing).toEqual(
      expect.arrayContaining([
        'Country',
        'Project title',
        'Institutions',
        'Description',
        'Populations',
        'Needs',
      ]),
    );
    expect(report.areas[1]!.missing).toEqual(['Services']);
    expect(report.summary.errors).toBe(5);
  });

  it('names missing fields inside list items by their position', () => {
    const answers = structuredClone(goodAnswers()) as DraftAnswers;
    answers.services![1] = { id: 'counselling', name: 'Counselling' };
    const services = checkAnswers(answers, en).areas[1]!;
    expect(services.status).toBe('partial');
    expect(services.missing).toEqual(['Service 2: Type of service', 'Service 2: Implementer']);
  });

  it('tells complete, partial and missing areas apart', () => {
    const answers = structuredClone(goodAnswers()) as DraftAnswers;
    delete answers.monitoring;
    answers.civilSociety = { access: 'passes' };
    const statuses = checkAnswers(answers, en).areas.map((area) => area.status);
    expect(statuses).toEqual(['complete', 'complete', 'partial', 'complete', 'missing']);
  });

  it('is ready only when every area is complete and there is no error', () => {
    expect(check(goodAnswers()).summary).toEqual({ errors: 0, warnings: 0, advice: 0, ready: true });
    const answers = structuredClone(goodAnswers());
    answers.services[0]!.authorisedBy = [];
    expect(check(answers).summary).toMatchObject({ errors: 1, ready: false });
  });

  it('speaks Russian with a Russian translator', () => {
    const report = checkAnswers({}, ru);
    expect(report.areas[0]!.title).toMatch(/[а-яё]/i);
    expect(report.areas[0]!.advice[0]!.message).toContain('По направлению 1 не заполнено');
    expect(report.areas[0]!.advice[0]!.section).toBe('протокол, 6.4');
  });
});
