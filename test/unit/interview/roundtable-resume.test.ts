/**
 * Exact resume with the session's record (what was asked, what was being typed): `--area`
 * never passes over the unasked questions of earlier areas, Ctrl-C inside a list entry
 * resumes inside it, and text typed when the session stopped is offered again.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { emptyRecord, type SessionRecord } from '../../../src/core/interview/record.js';
import { interview, t } from './harness.js';
import { validateText } from '../../../src/adapters/interview-session.js';
import { ASKED_THROUGH_PARTIES } from '../../helpers/interview-record.js';
import { AREA5, CONCEPT_NOTE_DECLINED, REVIEW_OK, SIGNING } from './scripts.js';

const FILE = `version: 1
language: en
country: KG
parties:
  prison: { name: State Penitentiary Service }
  cso: { name: Public Foundation Example }
project:
  title: Pre- and post-release support
  institutions: [{ name: Colony No. 2, kind: colony }]
targetGroup:
  description: Women within a year of release
  populations: [women]
`;

const EARLIER = [
  ...ASKED_THROUGH_PARTIES,
  'project.title',
  'project.summary',
  'project.startDate',
  'project.durationMonths',
  'project.institutions',
  'project.institutions.0.name',
  'project.institutions.0.kind',
  'project.institutions.0.population',
  'project.institutions.0.location',
  'project.institutions.0.capacity',
  'targetGroup.description',
  'targetGroup.populations',
];

const AREA1_IDS = [
  'targetGroup.estimatedSize',
  ...['medical', 'psychological', 'social', 'educational'].map((kind) => `targetGroup.needs.${kind}`),
  'targetGroup.prisonContext',
  'targetGroup.participation',
];

function record(extra: Partial<SessionRecord> = {}): SessionRecord {
  return { ...emptyRecord(), asked: [...EARLIER], ...extra };
}

describe('resume with the session record', () => {
  it('--area 5, then the unasked optional questions of earlier areas', async () => {
    const run = await interview(
      [
        ...AREA5,
        REVIEW_OK,
        ...SIGNING,
        ...CONCEPT_NOTE_DECLINED,
        // Area 1's optional questions were never asked: they come now, not passed over.
        { expect: 'Roughly how many people will take part', answer: '30' },
      ],
      {
        text: FILE,
        deps: {
          startArea: 5,
          record: record(),
        },
      },
    );
    expect(run.prompter.remaining).toBe(0);
    const last = run.records.at(-1)!;
    expect(last.asked).toContain('targetGroup.estimatedSize');
    expect(last.asked).toContain('monitoring.qualityAssurance');
  });

  it('without a record, an optional question before the last answer stays passed over (the old guess)', async () => {
    const run = await interview([{ expect: 'Medical needs', answer: '' }], {
      text: `${FILE}  estimatedSize: 30\n`,
    });
    expect(run.prompter.texts('text').some((text) => text.includes('Roughly how many'))).toBe(false);
  });

  it('keeps the text typed at Ctrl-C (in the record; in the file only when valid), and offers it again', async () => {
    let kept: SessionRecord = record();
    const first = await interview([{ expect: 'Roughly how many', answer: '', ctrlC: 'about 30' }], {
      text: FILE,
      deps: {
        record: kept,
      },
    });
    expect(first.interrupted).toBe(true);
    kept = first.records.at(-1)!;
    expect(kept.unfinished).toEqual({ 'targetGroup.estimatedSize': 'about 30' });
    // "about 30" is no number: the file stays valid, the text waits in the record.
    expect(parse(first.text).targetGroup.estimatedSize).toBeUndefined();

    const again = await interview([{ expect: 'Roughly how many', answer: '30' }], {
      text: first.text,
      deps: {
        record: structuredClone(kept),
      },
    });
    expect(again.prompter.events.find((event) => event.kind === 'text')?.detail).toBe('about 30');
    expect(parse(again.text).targetGroup.estimatedSize).toBe(30);
    expect(again.records.at(-1)!.unfinished).toEqual({});
  });

  it('Ctrl-C inside a list entry resumes inside that entry, then the list goes on', async () => {
    const area1 = AREA1_IDS;
    let kept: SessionRecord = record({ asked: [...EARLIER, ...area1] });
    const first = await interview(
      [
        { expect: 'What kind of service', answer: 'opioid-agonist-therapy' },
        'OAT',
        '',
        'health-service',
        { expect: 'OAT: who does the work', answer: '', ctrlC: 'two nurses' },
      ],
      {
        text: FILE,
        deps: {
          record: kept,
        },
      },
    );
    expect(parse(first.text).services[0].staff).toBe('two nurses');
    kept = first.records.at(-1)!;
    const again = await interview(
      [
        { expect: 'OAT: who does the work', answer: 'two nurses and a doctor' },
        { expect: 'OAT: which state bodies must authorise', answer: 'Ministry of Health' },
        '',
        { expect: 'OAT: where does this service take place', answer: '' },
        // The entry is complete; the list goes on with the next entry.
        { expect: 'What kind of service', answer: 'No more entries' },
      ],
      { text: first.text, deps: { record: kept } },
    );
    expect(again.prompter.remaining).toBe(0);
    expect(parse(again.text).services[0]).toMatchObject({
      name: 'OAT',
      staff: 'two nurses and a doctor',
      authorisedBy: ['Ministry of Health'],
    });
  });
});

describe('the overview agrees with check', () => {
  const rowsOf = (run: Awaited<ReturnType<typeof interview>>, title: string) => {
    const summary = run.prompter.events.find((event) => event.kind === 'summary' && event.text === title);
    return summary?.detail as { label: string; value: string[] }[];
  };

  it('a half-entered service makes area 2 "partly answered", and a gap check finds is never "complete"', async () => {
    const text = `${FILE}services:\n  - type: opioid-agonist-therapy\n`;
    const readiness = () => [
      { area: 1, status: 'partial' as const, missing: ['Needs'], advice: 0 },
      { area: 2, status: 'missing' as const, missing: ['Services'], advice: 0 },
    ];
    const run = await interview([], { text, deps: { readiness } });
    const rows = rowsOf(run, 'This answers file so far');
    const row = (start: string) => rows.find((entry) => entry.label.startsWith(start))!.value[0];
    expect(row('Area 1')).toBe('partly answered');
    expect(row('Area 2')).toBe('partly answered');
    expect(row('Area 3')).toBe('not started');
  });

  it("the final review shows check's advice itself, not only how much there is", async () => {
    const complete = `${FILE}`;
    const readiness = () => [
      {
        area: 1,
        status: 'partial' as const,
        missing: [],
        advice: 4,
        adviceTexts: ['Name the medical needs (protocol 6.4)', 'b', 'c', 'd'],
      },
    ];
    const direct = await interview(
      [...AREA5, REVIEW_OK, ...SIGNING, ...CONCEPT_NOTE_DECLINED, { expect: 'What next?', answer: 'Finish' }],
      { text: complete, deps: { readiness, startArea: 5 } },
    );
    const rows = rowsOf(direct, 'Readiness of the five areas');
    const area1 = rows.find((entry) => entry.label.startsWith('Area 1'))!.value;
    expect(area1).toContain('• Name the medical needs (protocol 6.4)');
    expect(area1.some((line) => line.includes('1 more'))).toBe(true);
  });
});

describe('roundtable marks', () => {
  it('! at a text question marks the answer disputed (who, why), then asks the question again', async () => {
    const run = await interview(
      [
        { expect: 'Roughly how many', answer: '!' },
        { expect: 'Roundtable mark for “Roughly how many people', answer: 'Disputed' },
        { expect: 'Who disputes', answer: 'Ministry of Justice' },
        { expect: 'Why is it disputed', answer: 'the colony counts 18' },
        { expect: 'Roughly how many', answer: '25' },
      ],
      { text: FILE, deps: { record: record() } },
    );
    const data = parse(run.text);
    expect(data.targetGroup.estimatedSize).toBe(25);
    expect(data.roundtable).toEqual([
      {
        answer: 'targetGroup.estimatedSize',
        status: 'disputed',
        by: 'Ministry of Justice',
        reason: 'the colony counts 18',
      },
    ]);
    expect(run.text).toContain(
      'roundtable:\n  - answer: targetGroup.estimatedSize\n    status: disputed\n    by: Ministry of Justice\n    reason: the colony counts 18\n',
    );
    expect(validateText(run.text, t).filter((problem) => problem.path.startsWith('/roundtable'))).toEqual([]);
  });

  it('marks any answer parked from the review, and clears a mark', async () => {
    const text = `${FILE}roundtable:\n  - { answer: targetGroup.description, status: disputed, by: CSO }\n`;
    const run = await interview(
      [
        { expect: 'Is everything right?', answer: 'Mark an answer' },
        { expect: 'Which answer', answer: 'Participants' },
        { expect: 'Roundtable mark for “Participants”', answer: 'Remove the mark' },
        { expect: 'Is everything right?', answer: 'Mark an answer' },
        { expect: 'Which answer', answer: 'Groups' },
        { expect: 'Roundtable mark', answer: 'Parked' },
        { expect: 'What does it wait for', answer: 'numbers from the colony' },
        REVIEW_OK,
      ],
      { text, deps: { startArea: 1, record: record({ asked: [...EARLIER, ...AREA1_IDS] }) } },
    );
    expect(parse(run.text).roundtable).toEqual([
      { answer: 'targetGroup.populations', status: 'parked', reason: 'numbers from the colony' },
    ]);
  });
});

describe('back one question', () => {
  it('< goes back to the question asked before, with its answer offered, then on again', async () => {
    const run = await interview([
      { expect: 'In which language', answer: 'en' },
      { expect: 'In which country', answer: 'KG' },
      { expect: 'Full official name of the prison administration', answer: 'State Service' },
      { expect: 'Short name', answer: '<' },
      { expect: 'Full official name of the prison administration', answer: 'State Penitentiary Service' },
      { expect: 'Short name', answer: 'SPS' },
      { expect: 'Address', answer: '<' },
      { expect: 'Short name', answer: '' },
      { expect: 'Address', answer: 'Bishkek' },
    ]);
    const texts = run.prompter.events.filter((event) => event.kind === 'text');
    expect(texts[2]!.detail).toBe('State Service');
    expect(texts[5]!.detail).toBe('SPS');
    expect(parse(run.text).parties.prison).toEqual({
      name: 'State Penitentiary Service',
      shortName: 'SPS',
      address: 'Bishkek',
    });
  });

  it('at the first question of a part says there is nothing before it', async () => {
    const run = await interview([
      'en',
      'KG',
      { expect: 'Full official name of the prison administration', answer: '<' },
      { expect: 'Full official name of the prison administration', answer: 'SPS' },
    ]);
    expect(run.prompter.texts('notice')).toContain(t('interview.back.first'));
  });
});

describe('the end of a part', () => {
  const prison = [
    { expect: 'In which language', answer: 'en' },
    { expect: 'In which country', answer: 'KG' },
    { expect: 'Full official name of the prison administration', answer: 'SPS' },
    ...Array.from({ length: 10 }, () => ''),
  ];

  it('shows the answers without a question, and says how to change them', async () => {
    const run = await interview([
      ...prison,
      { expect: 'Full official name of the civil-society organisation', answer: 'Other (type it)' },
      'Example',
    ]);
    expect(run.prompter.remaining).toBe(0);
    expect(run.prompter.texts('summary')).toContain('Your answers: The prison administration');
    expect(run.prompter.texts('notice')).toContain(t('interview.review.later'));
    expect(run.prompter.events.some((event) => event.text.includes('Is everything right?'))).toBe(false);
  });

  it('< at the first question of the next part opens the review of the part before', async () => {
    const run = await interview([
      ...prison,
      { expect: 'Full official name of the civil-society organisation', answer: 'Other (type it)' },
      '<',
      { expect: 'Is everything right?', answer: 'Change an answer' },
      { expect: 'Which answer', answer: 'Prison administration: name' },
      { expect: 'Full official name of the prison administration', answer: 'State Penitentiary Service' },
      REVIEW_OK,
      { expect: 'Full official name of the civil-society organisation', answer: 'Other (type it)' },
      'Example',
    ]);
    expect(run.prompter.remaining).toBe(0);
    expect(parse(run.text).parties.prison.name).toBe('State Penitentiary Service');
    expect(parse(run.text).parties.cso.name).toBe('Example');
  });

  it('shows nothing when nothing in the part changed', async () => {
    const text = `${FILE.replace('targetGroup:', 'targetGroup:\n  estimatedSize: 30')}`;
    const run = await interview(
      [
        { expect: 'Medical needs', answer: '' },
        ...Array.from({ length: 5 }, () => ''),
        { expect: 'What kind of service', answer: 'No more entries' },
      ],
      {
        text,
        deps: {
          record: record({ asked: [...EARLIER, 'targetGroup.description', 'targetGroup.populations'] }),
        },
      },
    );
    expect(run.prompter.texts('summary').filter((title) => title.startsWith('Your answers'))).toEqual([]);
  });
});

describe('a review where nothing changed', () => {
  it('does not ask "Is everything right?" again', async () => {
    const run = await interview(
      [
        { expect: 'Is everything right?', answer: 'Change an answer' },
        { expect: 'Which answer', answer: 'Participants' },
        { expect: 'Who are the intended participants', answer: '' }, // kept as it was
        { expect: 'What kind of service', answer: 'No more entries' },
      ],
      { text: FILE, deps: { startArea: 1, record: record({ asked: [...EARLIER, ...AREA1_IDS] }) } },
    );
    expect(run.prompter.remaining).toBe(0);
    const area1Reviews = run.prompter
      .texts('summary')
      .filter((title) => title === 'Your answers: Target group');
    expect(area1Reviews).toHaveLength(1);
  });
});
