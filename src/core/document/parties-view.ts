/** The project and the parties, as the documents name them. */
import type { DraftAnswers, Party, Person, Signatory } from '../answers/types.js';
import type { DeepPartial } from '../answers/types.js';
import type { Translate } from '../i18n/translate.js';
import { addMonths, capitalise, type Formatters } from './format.js';
import type { GapCollector } from './gaps.js';
import { labelOf, optionalLabel } from './labels.js';
import { escapeValue, list } from './markdown-escape.js';
import {
  basisGenitive,
  organisationInstrumental,
  russianSignatory,
  namesSurnameFirst,
  titleInRunningText,
} from './russian/index.js';
import type { DocumentModel, PartyView, PersonView, SignatoryView } from './types.js';

interface Ctx {
  t: Translate;
  fmt: Formatters;
  gaps: GapCollector;
  draft: boolean;
  /** Document language: Russian documents decline the signatory's name and title. */
  lang: string;
}

/**
 * A person as the documents name them. `inSentence` is for a Russian document's running text,
 * where a position is a common noun and loses its capital ("…, начальник службы пробации");
 * `name` replaces the name as written (the focal points surname first, see `partiesView`).
 */
function personView(
  person: DeepPartial<Person> | undefined,
  t: Translate,
  inSentence = false,
  name = escapeValue(person?.name),
): PersonView {
  const written = escapeValue(person?.title);
  const title = inSentence && written !== null ? titleInRunningText(written) : written;
  const email = escapeValue(person?.email);
  const phone = escapeValue(person?.phone);
  const parts = [name, title, email, phone].filter((part): part is string => part !== null);
  return { name, title, email, phone, line: parts.length > 0 ? parts.join(t('render.separator')) : null };
}

/**
 * The signatory as the party clause and the signature block need them. In Russian: position
 * and full name in the genitive after "в лице", surname first, and the participle
 * "действующего/действующей" agreeing with the signatory's gender.
 */
function signatoryView(
  signatory: DeepPartial<Signatory> | undefined,
  person: PersonView,
  lang: string,
): SignatoryView {
  if (lang !== 'ru') {
    return {
      ...person,
      nameGenitive: person.name,
      titleGenitive: person.title,
      nameSurnameFirst: person.name,
      feminine: false,
    };
  }
  const russian = russianSignatory({
    name: typeof signatory?.name === 'string' ? signatory.name : null,
    title: typeof signatory?.title === 'string' ? signatory.title : null,
    nameGenitive: typeof signatory?.nameGenitive === 'string' ? signatory.nameGenitive : null,
    titleGenitive: typeof signatory?.titleGenitive === 'string' ? signatory.titleGenitive : null,
  });
  return {
    ...person,
    nameGenitive: escapeValue(russian.nameGenitive) ?? person.name,
    titleGenitive: escapeValue(russian.titleGenitive) ?? person.title,
    nameSurnameFirst: escapeValue(russian.nameSurnameFirst) ?? person.name,
    feminine: russian.gender === 'female',
  };
}

/** What the signatory acts on: the answer, else the party's Regulation (state body) or Charter (CSO). */
function basisOf(party: DeepPartial<Party> | undefined, side: 'prison' | 'cso', ctx: Ctx) {
  const given = typeof party?.signatory?.basis === 'string' ? party.signatory.basis.trim() : '';
  if (given === '') return { basis: ctx.t(`render.basis.${side}`), basisGiven: false };
  return { basis: escapeValue(ctx.lang === 'ru' ? basisGenitive(given) : given)!, basisGiven: true };
}

/**
 * One party. `side` picks the catalogue labels ("prison" / "cso"). In draft mode a missing
 * signatory is a placeholder; in a final document it stays blank for signing by hand.
 */
function partyView(
  party: DeepPartial<Party> | undefined,
  side: 'prison' | 'cso',
  ctx: Ctx,
  focalPointName: string | null,
): PartyView {
  const name = ctx.gaps.required(party?.name, `${side}Name`);
  const shortName = escapeValue(party?.shortName);
  const person = personView(party?.signatory, ctx.t);
  const signatory = signatoryView(party?.signatory, person, ctx.lang);
  if (ctx.draft) {
    for (const key of ['name', 'nameGenitive', 'nameSurnameFirst'] as const)
      signatory[key] ??= ctx.gaps.required(undefined, `${side}SignatoryName`, 'mou');
    for (const key of ['title', 'titleGenitive'] as const)
      signatory[key] ??= ctx.gaps.required(undefined, `${side}SignatoryTitle`, 'mou');
  }
  const focalPoint = personView(party?.focalPoint, ctx.t, ctx.lang === 'ru', focalPointName);
  return {
    name,
    shortName,
    label: shortName ?? name,
    labelCap: capitalise(shortName ?? name),
    address: escapeValue(party?.address),
    registration: escapeValue(party?.registration),
    signatory,
    ...basisOf(party, side, ctx),
    basisField: `${side}SignatoryBasis`,
    focalPoint,
  };
}

/** The two focal points' names, escaped; in Russian surname first when both can be. */
function focalPointNames(answers: DraftAnswers, lang: string): (string | null)[] {
  const written = [answers.parties?.prison?.focalPoint?.name, answers.parties?.cso?.focalPoint?.name].map(
    (name) => (typeof name === 'string' && name.trim() !== '' ? name.trim() : null),
  );
  const present = written.filter((name): name is string => name !== null);
  const turned = lang === 'ru' ? namesSurnameFirst(present) : present;
  return written.map((name) => (name === null ? null : (escapeValue(turned[present.indexOf(name)]) ?? null)));
}

export function partiesView(answers: DraftAnswers, ctx: Ctx): DocumentModel['parties'] {
  const [prisonFocal = null, csoFocal = null] = focalPointNames(answers, ctx.lang);
  const prison = partyView(answers.parties?.prison, 'prison', ctx, prisonFocal);
  const cso = partyView(answers.parties?.cso, 'cso', ctx, csoFocal);
  const others = list(answers.parties?.others)
    .map((other) => ({ name: escapeValue(other?.name), role: escapeValue(other?.role) }))
    .map((other) => ({ ...other, role: other.role === null ? null : capitalise(other.role) }))
    .filter((other): other is { name: string; role: string | null } => other.name !== null);
  return {
    prison,
    cso,
    others,
    names: ctx.fmt.list([prison.name, cso.name]),
    betweenInstrumental: ctx.lang === 'ru' ? bothInstrumental(answers, ctx) : null,
  };
}

/** "Департаментом … и Общественным фондом …", or null unless both names decline surely. */
function bothInstrumental(answers: DraftAnswers, ctx: Ctx): string | null {
  const names = [answers.parties?.prison?.name, answers.parties?.cso?.name].map((name) =>
    typeof name === 'string' && name.trim() !== '' ? organisationInstrumental(name) : null,
  );
  if (names.some((name) => name === null)) return null;
  return ctx.fmt.list(names.map((name) => escapeValue(name)!));
}

export function projectView(answers: DraftAnswers, ctx: Ctx): DocumentModel['project'] {
  const project = answers.project;
  const { t, fmt, gaps } = ctx;
  const institutions = list(project?.institutions).map((institution, index) => ({
    number: index + 1,
    name: gaps.required(institution?.name, 'institutionName'),
    kind: institution?.kind
      ? labelOf(t, 'institutionKind', institution.kind)
      : gaps.placeholder('institutionKind'),
    population: optionalLabel(t, 'populationGroup', institution?.population),
    location: escapeValue(institution?.location),
    capacity: typeof institution?.capacity === 'number' ? fmt.number(institution.capacity) : null,
  }));
  if (institutions.length === 0) gaps.addMissing('institutions');
  const months = typeof project?.durationMonths === 'number' ? project.durationMonths : null;
  const start = typeof project?.startDate === 'string' ? project.startDate : null;
  const end = start && months ? addMonths(start, months) : undefined;
  const locations = institutions.map((i) => i.location).filter((l): l is string => l !== null);
  if (!start) gaps.addReview('startDate', 'concept-note');
  if (!months) gaps.addReview('durationMonths', 'concept-note');
  return {
    title: gaps.required(project?.title, 'projectTitle'),
    summary: gaps.optional(project?.summary, 'projectSummary', 'concept-note'),
    startDate: fmt.date(start),
    endDate: fmt.date(end),
    durationMonths: months,
    duration: months ? t('render.months', { count: months }) : null,
    institutions,
    institutionNames:
      institutions.length > 0 ? fmt.list(institutions.map((i) => i.name)) : gaps.placeholder('institutions'),
    locations: locations.length > 0 ? fmt.list([...new Set(locations)]) : null,
  };
}

export function signingView(answers: DraftAnswers, ctx: Ctx): DocumentModel['signing'] {
  const place = escapeValue(answers.signing?.place);
  const iso = typeof answers.signing?.date === 'string' ? answers.signing.date : null;
  const date = ctx.fmt.date(iso);
  if (ctx.draft && place === null) ctx.gaps.addReview('signingPlace', 'mou');
  if (ctx.draft && date === null) ctx.gaps.addReview('signingDate', 'mou');
  return { place, date, dateIso: date === null ? null : iso };
}
