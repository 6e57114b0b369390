import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

import { translatorFor } from '../../../src/adapters/i18n.js';
import type { DraftAnswers } from '../../../src/core/answers/types.js';
import { buildDocumentModel } from '../../../src/core/document/build-model.js';
import { ROOT } from '../../helpers/cli.js';

const complete = parse(
  readFileSync(join(ROOT, 'test/fixtures/render/spec-example.yaml'), 'utf8'),
) as DraftAnswers;
const en = translatorFor('en');
const ru = translatorFor('ru');

describe('buildDocumentModel on a complete file', () => {
  const model = buildDocumentModel(complete, { lang: 'en', draft: false, t: en });

  it('names the parties, with short names as labels', () => {
    expect(model.parties.prison).toMatchObject({
      name: 'State Penitentiary Service of the Kyrgyz Republic',
      label: 'SPS',
      signatory: { name: 'A. Asanov', title: 'Deputy Chairman' },
    });
    expect(model.parties.cso.label).toBe('EWS');
    expect(model.parties.names).toBe(
      'State Penitentiary Service of the Kyrgyz Republic and Public Foundation "Example Women\'s Support"',
    );
    expect(model.parties.others).toEqual([
      { name: 'Republican Narcology Centre', role: 'Clinical supervision of opioid agonist therapy' },
    ]);
  });

  it('lists the services with implementer, authorising bodies, setting and referrals', () => {
    expect(
      model.services.map((s) => [s.name, s.implementer, s.authorisedByText, s.setting, s.referralsText]),
    ).toEqual([
      [
        'Atlantis programme',
        'prison administration',
        'State Penitentiary Service',
        'in prison',
        'Preparation for release',
      ],
      [
        'Preparation for release',
        'civil-society organisation',
        null,
        'in prison and after release',
        'Six months of case management after release',
      ],
      [
        'Six months of case management after release',
        'civil-society organisation',
        'Probation Department',
        'after release',
        null,
      ],
    ]);
    expect(model.services[1]!.typeNote).toBeNull(); // "Preparation for release" already says its type
    expect(model.services[0]!.typeNote).toBe('rehabilitation programme');
    expect(model.pathways).toEqual([
      {
        from: 'Atlantis programme',
        to: 'Preparation for release',
        fromImplementer: 'prison administration',
        toImplementer: 'civil-society organisation',
      },
      {
        from: 'Preparation for release',
        to: 'Six months of case management after release',
        fromImplementer: 'civil-society organisation',
        toImplementer: 'civil-society organisation',
      },
    ]);
    expect(model.authorities).toEqual(['State Penitentiary Service', 'Probation Department']);
    expect(model.servicesAfterRelease.map((s) => s.id)).toEqual(['release-prep', 'after-care']);
  });

  it('formats dates, durations, numbers and indicator values for the language', () => {
    expect(model.signing).toEqual({ place: 'Bishkek', date: '15 February 2027', dateIso: '2027-02-15' });
    expect(model.project).toMatchObject({
      startDate: '1 March 2027',
      endDate: '28 February 2029',
      duration: '24 months',
    });
    expect(
      model.monitoring.indicators.map((i) => [i.baseline, i.target, i.frequency, i.responsible]),
    ).toEqual([
      ['0', '20', 'quarterly', 'civil-society organisation'],
      [null, '70%', 'quarterly', 'civil-society organisation'],
    ]);
    const russian = buildDocumentModel(complete, { lang: 'ru', draft: false, t: ru });
    expect(russian.signing.date).toBe('15 февраля 2027 г.');
    expect(russian.project.duration).toBe('24 месяца');
    expect(russian.services[0]!.implementer).toBe('пенитенциарная администрация');
    expect(russian.country.name).toBe('Киргизия');
  });

  it('sets the flags the templates branch on', () => {
    expect(model.flags).toMatchObject({
      hasWomen: true,
      hasAfterRelease: true,
      hasReferrals: true,
      hasJoint: true,
      hasOpioidAgonistTherapy: false,
    });
  });

  it('lists nothing missing for the MoU; the concept note marks each part the file lacks', () => {
    expect(model.toComplete.mou.missing).toEqual([]);
    expect(model.toComplete.conceptNote.missing.map((gap) => gap.text)).toEqual([
      'Specific objectives',
      'Likelihood and impact of each risk',
      'Budget by category',
      'National strategies and programmes the project serves',
      'Communication and visibility',
      'Result level of each indicator (impact, outcome, output)',
      'Baseline of each indicator',
    ]);
    expect(model.conceptNote.budget).toBeNull();
    expect(model.conceptNote.gap.budget).toBe('\\[to complete: Budget by category\\]');
    expect(model.conceptNote.totalCost).toBeNull();
  });

  it('groups activities by where they happen', () => {
    expect(model.conceptNote.activityGroups.map((g) => [g.key, g.items.map((i) => i.name)])).toEqual([
      ['in-prison', ['Atlantis programme']],
      ['release', ['Preparation for release']],
      ['after-release', ['Six months of case management after release']],
      ['coordination', ['Meet monthly to review referrals']],
    ]);
  });
});

describe('buildDocumentModel in draft mode', () => {
  const skeleton: DraftAnswers = {
    country: 'TJ',
    project: { title: 'Пилот' },
    parties: { prison: { name: 'ГУИУН' }, cso: {} },
    services: [{ id: 'oat', type: 'opioid-agonist-therapy' }],
  };
  const model = buildDocumentModel(skeleton, { lang: 'en', draft: true, t: en });

  it('puts a visible placeholder for every missing required value', () => {
    expect(model.parties.cso.name).toBe('\\[to complete: Name of the civil-society organisation\\]');
    expect(model.parties.prison.signatory.name).toBe(
      '\\[to complete: Signatory of the prison administration\\]',
    );
    expect(model.targetGroup.description).toBe('\\[to complete: Description of the target group\\]');
    expect(model.services[0]!.name).toBe('\\[to complete: Name of a service\\]');
    expect(model.monitoring.qualityAssurance).toBe('\\[to complete: Quality assurance\\]');
  });

  it('collects the gaps for the "to complete" lists of both documents', () => {
    const mou = model.toComplete.mou.missing.map((g) => g.text);
    expect(mou).toEqual(
      expect.arrayContaining([
        'Name of the civil-society organisation',
        'Signatory of the prison administration',
        'Institutions where the project runs',
        'Commitments of the prison administration',
        'Monitoring indicators',
      ]),
    );
    expect(mou).not.toContain('Budget by category');
    expect(model.toComplete.conceptNote.missing.map((g) => g.text)).toContain('Budget by category');
    expect(model.toComplete.mou.review.map((g) => g.text)).toEqual(
      expect.arrayContaining(['Confidentiality and data protection', 'Financial provisions']),
    );
  });

  it('does not mark a missing signatory in a final document: the line stays blank for signing by hand', () => {
    const final = buildDocumentModel(
      { ...complete, parties: { ...complete.parties, cso: { name: 'X' } } },
      { lang: 'en', draft: false, t: en },
    );
    expect(final.parties.cso.signatory).toMatchObject({ name: null, title: null });
  });

  it('survives an empty file', () => {
    const empty = buildDocumentModel({}, { lang: 'en', draft: true, t: en });
    expect(empty.project.title).toBe('\\[to complete: Project title\\]');
    expect(empty.toComplete.mou.missing.map((g) => g.text)).toContain('Country');
  });
});
