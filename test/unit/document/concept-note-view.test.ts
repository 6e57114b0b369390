/** The concept note's view model (issue 12): budget totals, the logframe by level, rated risks, the annex. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

import { translatorFor } from '../../../src/adapters/i18n.js';
import { documentExtras } from '../../../src/adapters/render-extras.js';
import type { DraftAnswers } from '../../../src/core/answers/types.js';
import { buildDocumentModel } from '../../../src/core/document/build-model.js';
import { ROOT } from '../../helpers/cli.js';

const en = translatorFor('en');
const ru = translatorFor('ru');
const complete = parse(
  readFileSync(join(ROOT, 'test/fixtures/render/concept-note-complete.yaml'), 'utf8'),
) as DraftAnswers;

function model(answers: DraftAnswers, t = en, lang = 'en') {
  return buildDocumentModel(answers, { lang, draft: true, t, ...documentExtras(answers, t) });
}

describe('concept note budget', () => {
  it('adds up the total, the co-financing and the amount requested, with its share', () => {
    const budget = model(complete).conceptNote.budget!;
    expect(budget).toMatchObject({
      total: '30,000 EUR',
      coFinancing: '2,000 EUR',
      requested: '28,000 EUR',
      requestedShare: '93%',
      currency: 'EUR',
    });
    expect(budget.lines[2]).toEqual({
      category: 'Rooms provided by the colony',
      amount: '2,000 EUR',
      coFinancing: '2,000 EUR',
      requested: '0 EUR',
    });
    expect(model(complete).toComplete.conceptNote.missing).toEqual([]);
  });

  it('gives no total for lines in several currencies, and lists the total as missing', () => {
    const mixed = structuredClone(complete);
    mixed.conceptNote!.budget![0]!.currency = 'USD';
    const view = model(mixed);
    expect(view.conceptNote.budget).toMatchObject({ total: null, requested: null, currency: null });
    expect(view.conceptNote.totalCost).toBeNull();
    expect(view.toComplete.conceptNote.missing.map((gap) => gap.text)).toContain(
      'Budget total in one currency',
    );
  });

  it('formats amounts the Russian way', () => {
    expect(model(complete, ru, 'ru').conceptNote.budget!.total).toMatch(/^30\s000 EUR$/);
  });
});

describe('concept note logframe and risks', () => {
  it('orders indicators by result level, keeps the file order within a level, marks a missing level', () => {
    const answers = structuredClone(complete);
    answers.monitoring!.indicators!.push(
      { name: 'Staff trained' },
      { name: 'Overdoses after release', level: 'impact' },
    );
    const rows = model(answers).conceptNote.logframe;
    expect(rows.map((row) => [row.levelKey, row.name])).toEqual([
      ['impact', 'Overdoses after release'],
      ['outcome', 'Participants in contact with services 3 months after release'],
      ['output', 'Participants with a release plan'],
      [null, 'Staff trained'],
    ]);
    expect(rows[3]).toMatchObject({ level: '\\[to complete\\]', baseline: '\\[to complete\\]' });
    expect(rows[1]!.disaggregation).toBe('by sex, age and pre-trial or sentenced');
    expect(rows[1]!.assumptions).toBe('Community services accept released women without a waiting list.');
  });

  it('labels the risk ratings and marks an unrated risk', () => {
    const answers = structuredClone(complete);
    answers.conceptNote!.risks!.push({ risk: 'Staff leave' });
    const risks = model(answers, ru, 'ru').conceptNote.risks;
    expect(risks[0]).toMatchObject({ likelihood: 'средняя', impact: 'высокая', rated: true });
    expect(risks[1]).toMatchObject({ likelihood: '\\[заполнить\\]', rated: false });
  });
});

describe('readiness annex', () => {
  it('never calls an area with an error answered, and names the open point without an order', () => {
    const answers = structuredClone(complete);
    answers.services![0]!.type = 'opioid-agonist-therapy';
    answers.services![0]!.authorisedBy = [];
    const readiness = model(answers).readiness!;
    const services = readiness.areas[1]!;
    expect(services.statusKey).toBe('to-correct');
    expect(services.annexStatus).toBe('answered; a point to correct');
    expect(readiness.ready).toBe(false);
    expect(readiness.openPoints.map((point) => point.text)).toContain(
      'The health authority that authorises the medical services (protocol 6.4 (area 2))',
    );
  });
});
