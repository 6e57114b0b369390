/** Scripted answers for whole sections of the real session data, reused across engine tests. */
import type { Answer, Step } from './fake-prompter.js';

type Script = (Step | Answer)[];

/** Accepts a section's review as it is. */
export const REVIEW_OK: Step = { expect: 'Is everything right?', answer: '' };

/** In a review: change the answer labelled `label`. */
export function change(label: string): Step[] {
  return [
    { expect: 'Is everything right?', answer: 'Change an answer' },
    { expect: 'Which answer do you want to change?', answer: label },
  ];
}

export const START: Script = [
  { expect: 'In which language', answer: 'en' },
  { expect: 'In which country', answer: 'KG' },
];

export const PRISON: Script = [
  { expect: 'Full official name of the prison administration', answer: 'State Penitentiary Service' },
  'SPS',
  '',
  '',
  { expect: 'Who signs for the prison administration', answer: 'A. Asanov' },
  'Deputy Chairman',
  { expect: 'act on', answer: '' },
  '',
  '',
  '',
  '',
];

export const CSO: Script = [
  // Kyrgyzstan's CSOs from the country profile are offered first; ours is not among them.
  { expect: 'Full official name of the civil-society organisation', answer: 'Other' },
  { expect: 'type your answer', answer: 'Public Foundation Example' },
  'PFE',
  '',
  '',
  'G. Ibraimova',
  'Director',
  { expect: 'act on', answer: '' },
  '',
  '',
  '',
  '',
  { expect: 'Name of the partner', answer: '' },
];

export const PROJECT: Script = [
  { expect: 'Title of the project', answer: 'Pre- and post-release support' },
  '',
  '2027-03-01',
  '24',
  { expect: 'Name of the institution', answer: 'Correctional colony No. 2' },
  'colony',
  { expect: 'who is held', answer: 'women' },
  'Stepnoe',
  '40',
  { expect: 'Name of the institution', answer: '' },
];

export const AREA1: Script = [
  {
    expect: 'Area 1 of 5 · Target group · question 1 of 9',
    answer: 'Women in colony No. 2 within a year of release',
  },
  { expect: 'Which groups', answer: ['women', 'people-preparing-for-release'] },
  '25',
  { expect: 'Medical needs', answer: 'continuity of opioid agonist therapy' },
  '',
  { expect: 'Psychological needs', answer: '' },
  { expect: 'Social needs', answer: 'identity documents' },
  '',
  { expect: 'Educational needs', answer: '' },
  // The institution holds women: the prison-context question asks for their specific provisions.
  { expect: 'Women take part', answer: 'Visits with children; female staff for searches' },
  { expect: 'help to shape', answer: 'Two residents sit on the working group' },
];

export const AREA2: Script = [
  { expect: 'What kind of service', answer: 'opioid-agonist-therapy' },
  'OAT',
  '',
  { expect: 'OAT: who delivers', answer: 'health-service' },
  '',
  { expect: 'OAT: which state bodies must authorise', answer: 'Ministry of Health' },
  '',
  { expect: 'OAT: where does this service take place', answer: '' },
  { expect: 'What kind of service', answer: 'pre-release-preparation' },
  'Preparation for release',
  '',
  'cso',
  '',
  // No authorisation question for a non-medical service.
  { expect: 'Preparation for release: where does', answer: 'both' },
  { expect: 'months after release', answer: '' },
  { expect: 'What kind of service', answer: 'No more entries' },
  { expect: 'OAT: which services does', answer: [] },
  { expect: 'Preparation for release: which services', answer: ['OAT'] },
];

export const AREA3: Script = [
  // The lead CSO is offered first.
  { expect: 'Name of the organisation', answer: 'Public Foundation Example' },
  'lead CSO',
  { expect: ': strengths', answer: 'trusted by women who use drugs' },
  '',
  { expect: ': weaknesses', answer: '' },
  '',
  { expect: 'Name of the organisation', answer: 'No more entries' },
  { expect: 'get into the institution', answer: 'Two visits a week' },
  // The access list is optional: an empty name ends it at once.
  { expect: 'as it will be written on the pass', answer: '' },
  '',
];

export const AREA4: Script = [
  { expect: 'prison administration commit', answer: 'Issue passes within 10 working days' },
  '',
  { expect: 'CSO commit', answer: 'Run weekly pre-release groups' },
  '',
  { expect: 'together', answer: '' },
  { expect: 'How often will the parties meet', answer: 'monthly' },
  '',
  '',
  { expect: 'personal and health data', answer: 'Shared only with written consent' },
  { expect: "days' notice", answer: '60' },
];

export const AREA5: Script = [
  { expect: 'quality of the services', answer: 'Case files reviewed quarterly' },
  { expect: 'Name of the indicator', answer: 'Participants with a release plan' },
  '',
  '0',
  '20',
  '',
  'case files',
  'cso',
  { expect: 'Name of the indicator', answer: '' },
  { expect: 'progress report', answer: '' },
  { expect: 'receives the reports', answer: '' },
  { expect: 'clients take part in monitoring', answer: 'Anonymous feedback box' },
  '',
];

export const SIGNING: Script = [{ expect: 'In which town', answer: 'Bishkek' }, '2027-02-15'];

/** The optional concept-note section, passed over. */
export const CONCEPT_NOTE_DECLINED: Script = [{ expect: 'Add material for the concept note', answer: 'n' }];

export const WHOLE_SESSION: Script = [
  ...START,
  ...PRISON,
  ...CSO,
  ...PROJECT,
  ...AREA1,
  ...AREA2,
  ...AREA3,
  ...AREA4,
  ...AREA5,
  ...SIGNING,
  ...CONCEPT_NOTE_DECLINED,
];
