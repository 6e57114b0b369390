/**
 * What a session record (`<name>.interview.json`) lists as asked once the interview has gone
 * through its opening parts: language, country, both parties' questions and the other partners.
 * Tests that resume a session later on start from this list and add their own questions.
 */
const PARTY_FIELDS = [
  'name',
  'shortName',
  'address',
  'registration',
  'signatory.name',
  'signatory.title',
  'signatory.basis',
  'focalPoint.name',
  'focalPoint.title',
  'focalPoint.email',
  'focalPoint.phone',
];

export const ASKED_THROUGH_PARTIES: readonly string[] = [
  'language',
  'country',
  ...PARTY_FIELDS.flatMap((field) => [`parties.prison.${field}`, `parties.cso.${field}`]),
  'parties.others',
];
