/**
 * Country profiles for the five Central Asian countries, drawn from the protocol (5.1, 5.2, 5.3,
 * 6.3, 9 and the CSO overview in annex 12). `data/countries/<code>.json` holds the structure
 * (`CountryData`); every sentence lives in `locales/<lang>/countries.json`; `buildCountryProfile`
 * joins the two into a translated `CountryProfile` ready to print.
 */
import type { AreaId, ServiceType } from '../answers/types.js';
import type { SectionRef, Severity } from '../check/types.js';

export const COUNTRY_CODES = ['KZ', 'KG', 'TJ', 'TM', 'UZ'] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

export function isCountryCode(value: string): value is CountryCode {
  return (COUNTRY_CODES as readonly string[]).includes(value);
}

/** The three texts of a profile, in reading order. */
export const TOPICS = ['civilSociety', 'prisonServices', 'recommendations'] as const;
export type TopicId = (typeof TOPICS)[number];

// ---- raw data (data/countries/<code>.json) -------------------------------------------------

export interface ParagraphData {
  /** Message key: `countries.<CODE>.<topic>.<id>`. */
  id: string;
  section: SectionRef[];
  /**
   * What the paragraph is about, for the concept note's background: it is chosen when the
   * project shares any of these (a population, a service type, a setting, probation). A
   * paragraph without `concerns` is about the country as a whole and always chosen.
   */
  concerns?: TopicConcerns;
}

/** Any one of these, when the project has it, makes a paragraph relevant. */
export interface TopicConcerns {
  /** Population words of `targetGroup.populations`; `women`, `men` and `juveniles` also match institutions. */
  populations?: string[];
  services?: ServiceType[];
  settings?: ('in-prison' | 'after-release')[];
  /** A probation office among the institutions, or people on probation in the target group. */
  probation?: boolean;
}

export interface FigureData {
  /** Message key: `countries.<CODE>.figure.<id>`, filled with `params`. */
  id: string;
  params: Record<string, number | string>;
  section: SectionRef[];
}

export type CounterpartRole =
  | 'penitentiary'
  | 'health'
  | 'narcology'
  | 'probation'
  | 'aids-centre'
  | 'training'
  | 'community'
  | 'international';

export interface CounterpartData {
  /** Message keys: `countries.<CODE>.counterpart.<id>.name` and `.note`. */
  id: string;
  role: CounterpartRole;
  /** True where the protocol does not name the body: check its current name before use. */
  verify: boolean;
  section?: SectionRef[];
}

export interface CsoData {
  /** Message keys: `countries.cso.<id>.name` (localised name) and `countries.cso.<id>.note`. */
  id: string;
  /** The name as the protocol's annex 12 (or the section cited) gives it. */
  name: string;
  /** The first address annex 12 gives; `links` holds all of them. */
  website?: string;
  links?: string[];
  /** Row number in annex 12, when the organisation is listed there. */
  annex?: number;
  /** Works across Central Asia rather than in this country only. */
  regional?: boolean;
  section: SectionRef[];
}

/** Keyword sets of `check/keywords.ts` that conditions may name. */
export type KeywordSet = 'health-ministry' | 'narcology' | 'probation' | 'enrolment' | 'mahalla';

/** All conditions given must hold for the advice to apply. */
export interface AdviceCondition {
  always?: boolean;
  /** The project offers a medical service (OAT, NSP, HIV, hepatitis C, TB, overdose) or a health service implements one. */
  healthServices?: boolean;
  serviceTypesAny?: ServiceType[];
  /** Whether some service runs after release. */
  afterRelease?: boolean;
  /** No text anywhere in the file mentions any of these. */
  mentionsNone?: KeywordSet[];
  /** No indicator mentions any of these. */
  indicatorsMentionNone?: KeywordSet[];
  /** Whether a Russian memorandum is written (`language: ru`, or ru among the `originals`). */
  russianDocument?: boolean;
}

export interface CountryAdviceData {
  /** Message key `countries.<CODE>.advice.<id>`; advice id `country.<code>.<id>`. */
  id: string;
  area: AreaId;
  severity: Severity;
  section: SectionRef[];
  when: AdviceCondition;
}

export interface CountryData {
  code: CountryCode;
  topics: Record<TopicId, ParagraphData[]>;
  figures: FigureData[];
  counterparts: CounterpartData[];
  csos: CsoData[];
  advice: CountryAdviceData[];
  /** The country's personal-data law, named in the memorandum's confidentiality article. */
  personalDataLaw?: PersonalDataLaw;
}

/** A law's issuer and title per document language (a proper name, so data, not a catalogue). */
export interface PersonalDataLaw {
  ru: { issuer: string; title: string };
  en: { issuer: string; title: string };
  year: number;
  /** The law's number and date of adoption (YYYY-MM-DD), as the sources give them. */
  number?: string;
  date?: string;
  /** Where the title comes from and where to check it. */
  source: string;
  /** The addresses of the sources that confirmed the title, number or date. */
  sources?: string[];
  /** True until the title has been confirmed by a source (the Russian title word for word). */
  verify: boolean;
}

// ---- translated profile --------------------------------------------------------------------

export interface ProfileParagraph {
  id: string;
  text: string;
  /** The sources as written in the data, e.g. `["5.3 (b)", "9"]`. */
  refs: SectionRef[];
  concerns?: TopicConcerns;
  /**
   * For recommendations: the same point stated in the third person for a document
   * (`countries.<CODE>.relevance.<id>`); the recommendation itself is advice to the reader.
   */
  statement?: string;
  /** Translated source, e.g. "protocol 5.1 (b)". */
  section: string;
  /** The text followed by its source in brackets: ready to print in a document. */
  cited: string;
}

export interface ProfileTopic {
  id: TopicId;
  title: string;
  paragraphs: ProfileParagraph[];
}

export interface ProfileFigure {
  id: string;
  text: string;
  section: string;
  params: Record<string, number | string>;
}

export interface ProfileCounterpart {
  id: string;
  role: CounterpartRole;
  name: string;
  note?: string;
  verify: boolean;
  section?: string;
}

export interface ProfileCso {
  id: string;
  /** Name in the profile's language (the annex name when there is no translation). */
  name: string;
  /** The name as annex 12 gives it. */
  originalName: string;
  website?: string;
  links: string[];
  /** What the organisation does, from the protocol, in our words. */
  note: string;
  regional: boolean;
  annex?: number;
  section: string;
}

export interface CountryAdvice {
  /** `country.<code>.<id>`. */
  id: string;
  area: AreaId;
  severity: Severity;
  sectionRefs: SectionRef[];
  section: string;
  message: string;
  when: AdviceCondition;
}

export interface CountryProfile {
  code: CountryCode;
  name: string;
  /** One sentence for lists. */
  summary: string;
  civilSociety: ProfileTopic;
  prisonServices: ProfileTopic;
  recommendations: ProfileTopic;
  figures: ProfileFigure[];
  counterparts: ProfileCounterpart[];
  csos: ProfileCso[];
  advice: CountryAdvice[];
}
