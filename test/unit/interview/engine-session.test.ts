/**
 * The interview engine driven through a scripted prompter: a whole session from an empty file to
 * the render offer, answers refused with `validate`'s messages, help on request, conditions,
 * and Ctrl-C half-way.
 */
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';

import { validateText } from '../../../src/adapters/interview-session.js';
import { interview, t } from './harness.js';
import {
  AREA1,
  AREA2,
  CONCEPT_NOTE_DECLINED,
  CSO,
  PRISON,
  PROJECT,
  REVIEW_OK,
  START,
  WHOLE_SESSION,
} from './scripts.js';

describe('a whole session', () => {
  it('goes from an empty file to a valid answers file and writes the documents', async () => {
    const render = vi.fn(async ({ draft }: { draft: boolean }) => ({
      files: [draft ? 'draft.md' : 'protocol.mou.en.md'],
    }));
    const run = await interview(
      [...WHOLE_SESSION, { expect: 'What next?', answer: 'Draft the documents now' }],
      {
        deps: { render },
      },
    );
    expect(run.interrupted).toBe(false);
    expect(run.prompter.remaining).toBe(0);
    expect(validateText(run.text, t)).toEqual([]);
    expect(render).toHaveBeenCalledWith({ draft: false });
    expect(run.result?.files).toEqual(['protocol.mou.en.md']);

    const data = parse(run.text);
    expect(run.text.startsWith('# yaml-language-server: $schema=schema.json\nversion: 1\n')).toBe(true);
    expect(Object.keys(data)).toEqual([
      'version',
      'language',
      'country',
      'project',
      'parties',
      'targetGroup',
      'services',
      'civilSociety',
      'responsibilities',
      'monitoring',
      'signing',
    ]);
    expect(data.services).toEqual([
      expect.objectContaining({
        id: 'opioid-agonist-therapy',
        name: 'OAT',
        authorisedBy: ['Ministry of Health'],
        setting: 'in-prison',
      }),
      expect.objectContaining({
        id: 'pre-release-preparation',
        setting: 'both',
        referralsTo: ['opioid-agonist-therapy'],
      }),
    ]);
    expect(Object.keys(data.services[0])[0]).toBe('id');
    expect(data.monitoring.indicators[0]).toMatchObject({ baseline: 0, target: 20, frequency: 'quarterly' });
    expect(data.civilSociety.organisations[0].name).toBe('Public Foundation Example');
  });

  it('saves after every answer', async () => {
    const run = await interview([...START, 'State Penitentiary Service', 'SPS']);
    expect(run.saves).toHaveLength(4);
    expect(parse(run.saves[2]!).parties.prison).toEqual({ name: 'State Penitentiary Service' });
  });

  it('shows progress as area, title and question number', async () => {
    const run = await interview([...WHOLE_SESSION]);
    const progress = run.prompter.events.map((event) => event.progress).filter(Boolean);
    expect(progress).toContain('Area 1 of 5 · Target group · question 2 of 9');
    expect(progress).toContain('The prison administration · question 3 of 11');
    expect(progress).toContain('Area 2 of 5 · Drug treatment services · question 1 of 1\n› Service 2');
  });

  it('opens each area with its guiding questions and why they matter', async () => {
    const run = await interview([...START, ...PRISON, ...CSO, ...PROJECT]);
    const intro = run.prompter.events.find(
      (event) => event.kind === 'intro' && event.text === 'Target group',
    );
    expect(intro?.detail).toMatchObject({
      heading: 'Area 1 of 5',
      bullets: expect.arrayContaining([t('checklist.area1.question1')]),
      paragraphs: [t('checklist.area1.why')],
    });
  });
});

describe('answers checked on entry', () => {
  it.each([
    [
      'an e-mail',
      [...START, 'SPS', '', '', '', '', '', '', '', '', 'not-an-address', 'x@example.kg'],
      'is not an e-mail address',
    ],
    [
      'a date',
      [...START, ...PRISON, ...CSO, 'Title', '', '2027-02-30', '2027-02-28'],
      'is not a real calendar date',
    ],
    [
      'a whole number',
      [...START, ...PRISON, ...CSO, 'Title', '', '', 'two years', '24'],
      'expected a whole number',
    ],
    ['a duration in range', [...START, ...PRISON, ...CSO, 'Title', '', '', '240', '24'], 'too large'],
    ['a country code', ['en', 'Other', 'Kyrgyzstan', 'kg'], 'is not a country code'],
  ])(
    'refuses %s with the message of validate, then takes the corrected answer',
    async (_, script, message) => {
      const run = await interview(script);
      const refused = run.prompter.texts('refused');
      expect(refused).toHaveLength(1);
      expect(refused[0]).toContain(message);
      expect(validateText(run.text, t).filter((problem) => problem.code !== 'required')).toEqual([]);
    },
  );

  it('accepts DD.MM.YYYY and stores YYYY-MM-DD', async () => {
    const run = await interview([...START, ...PRISON, ...CSO, 'Title', '', '01.03.2027']);
    expect(parse(run.text).project.startDate).toBe('2027-03-01');
  });

  it('offers "not decided yet" for an optional choice without a default, and leaves the key out', async () => {
    const script = PROJECT.map((step) =>
      typeof step === 'object' && 'expect' in step && step.expect === 'who is held'
        ? { ...step, answer: 'Not decided yet' }
        : step,
    );
    const run = await interview([...START, ...PRISON, ...CSO, ...script]);
    expect(parse(run.text).project.institutions[0]).toEqual({
      name: 'Correctional colony No. 2',
      kind: 'colony',
      location: 'Stepnoe',
      capacity: 40,
    });
  });

  it('stores a country code in capitals', async () => {
    const run = await interview(['en', 'Other', 'am']);
    expect(parse(run.text).country).toBe('AM');
  });
});

describe('help and skipping', () => {
  it('shows the help on ? and asks the same question again', async () => {
    const run = await interview([...START, '?', 'State Penitentiary Service']);
    expect(run.prompter.texts('help')).toEqual([t('interview.q.parties.prison.name.help')]);
    expect(parse(run.text).parties.prison.name).toBe('State Penitentiary Service');
  });

  it('lets a required question be left open, and says so', async () => {
    const run = await interview([...START, '', 'SPS']);
    expect(run.prompter.texts('notice')).toContain(
      t('interview.skipped', { label: 'Prison administration: name' }),
    );
    expect(parse(run.text).parties.prison).toEqual({ shortName: 'SPS' });
  });
});

describe('conditions', () => {
  const untilArea1 = [...START, ...PRISON, ...CSO];
  it('asks the plain prison-context question when no women take part', async () => {
    const men = PROJECT.map((step) =>
      typeof step === 'object' && 'expect' in step && step.expect === 'who is held'
        ? { ...step, answer: 'men' }
        : step,
    );
    const run = await interview([
      ...untilArea1,
      ...men,
      AREA1[0]!,
      { expect: 'Which groups', answer: ['people-who-inject-drugs'] },
      '',
      '',
      '',
      '',
      '',
      { expect: 'its risks, and the chances', answer: 'x' },
    ]);
    expect(run.prompter.events.some((event) => event.text.startsWith('Women take part'))).toBe(false);
  });

  it('asks about provisions for women when women are among the groups', async () => {
    const men = PROJECT.map((step) =>
      typeof step === 'object' && 'expect' in step && step.expect === 'who is held'
        ? { ...step, answer: 'men' }
        : step,
    );
    const run = await interview([
      ...untilArea1,
      ...men,
      AREA1[0]!,
      { expect: 'Which groups', answer: ['women'] },
      '',
      '',
      '',
      '',
      '',
      { expect: 'Women take part', answer: 'x' },
    ]);
    expect(parse(run.text).targetGroup.prisonContext).toBe('x');
  });

  it('asks who authorises a service only for medical services, and referrals only with two services', async () => {
    const run = await interview([...untilArea1, ...PROJECT, ...AREA1, ...AREA2]);
    const authorise = run.prompter.events.filter((event) => event.text.includes('must authorise'));
    expect(authorise.every((event) => event.text.includes('OAT'))).toBe(true);
    const oneService = await interview([
      ...untilArea1,
      ...PROJECT,
      ...AREA1,
      'psychosocial-counselling',
      'Counselling',
      '',
      'cso',
      '',
      '',
      'No more entries',
    ]);
    expect(oneService.prompter.events.some((event) => event.text.includes('refer clients'))).toBe(false);
  });
});

describe('Ctrl-C', () => {
  it('stops the session with everything answered already saved', async () => {
    const run = await interview([...START, ...PRISON, 'Other', 'Public Foundation Example']);
    expect(run.interrupted).toBe(true);
    const data = parse(run.text);
    expect(data.parties.cso.name).toBe('Public Foundation Example');
    expect(data.parties.prison.signatory).toEqual({ name: 'A. Asanov', title: 'Deputy Chairman' });
  });
});

describe('the optional concept-note section', () => {
  it('is offered after signing and, when accepted, fills conceptNote with lists and text', async () => {
    const session = WHOLE_SESSION.slice(0, -CONCEPT_NOTE_DECLINED.length);
    const run = await interview([
      ...session,
      { expect: 'Add material for the concept note', answer: 'y' },
      {
        expect: 'What does the project set out to achieve',
        answer: 'Every participant leaves with a referral',
      },
      '',
      { expect: 'main activities', answer: 'Weekly group counselling' },
      'Joint staff training',
      '',
      { expect: 'What could go wrong', answer: 'Passes not renewed' },
      { expect: 'Risk: Passes not renewed. What will the parties do', answer: 'Agree passes for a year' },
      { expect: 'What could go wrong', answer: '' },
      { expect: 'The budget in a few sentences', answer: 'EUR 40,000 from the donor' },
      { expect: 'What remains after the project', answer: 'Staff trained by the CSO keep the groups' },
      { expect: 'When?', answer: 'Months 1–3' },
      { expect: 'Period: Months 1–3. What happens', answer: 'Training and first groups' },
      { expect: 'When?', answer: '' },
      { expect: 'What next?', answer: 'Finish' },
    ]);
    expect(run.prompter.remaining).toBe(0);
    expect(validateText(run.text, t)).toEqual([]);
    expect(parse(run.text).conceptNote).toEqual({
      objectives: ['Every participant leaves with a referral'],
      activities: ['Weekly group counselling', 'Joint staff training'],
      risks: [{ risk: 'Passes not renewed', mitigation: 'Agree passes for a year' }],
      budgetSummary: 'EUR 40,000 from the donor',
      sustainability: 'Staff trained by the CSO keep the groups',
      timeline: [{ period: 'Months 1–3', activity: 'Training and first groups' }],
    });
  });

  it('writes nothing for it when declined, and a finished file resumes at the final review', async () => {
    const run = await interview([...WHOLE_SESSION, { expect: 'What next?', answer: 'Finish' }]);
    expect(parse(run.text).conceptNote).toBeUndefined();
    const again = await interview([{ expect: 'What next?', answer: 'Finish' }], { text: run.text });
    expect(again.prompter.remaining).toBe(0);
    expect(again.prompter.texts('confirm')).not.toContain(t('interview.section.conceptNote.offer'));
  });
});

describe('the concept-note section, later', () => {
  it('is reached from the final review of a finished file', async () => {
    const done = await interview([...WHOLE_SESSION, { expect: 'What next?', answer: 'Finish' }]);
    const run = await interview(
      [
        { expect: 'What next?', answer: 'Go back and change answers' },
        { expect: 'Which part', answer: 'Concept note (optional)' },
        { expect: 'What does the project set out to achieve', answer: 'Fewer overdoses after release' },
        '',
        { expect: 'main activities', answer: '' },
        { expect: 'What could go wrong', answer: '' },
        { expect: 'The budget in a few sentences', answer: '' },
        { expect: 'What remains after the project', answer: '' },
        { expect: 'When?', answer: '' },
        REVIEW_OK,
        { expect: 'What next?', answer: 'Finish' },
      ],
      { text: done.text },
    );
    expect(run.prompter.remaining).toBe(0);
    expect(parse(run.text).conceptNote).toEqual({ objectives: ['Fewer overdoses after release'] });
  });
});
