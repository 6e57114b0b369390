/**
 * The answers file as TypeScript types. `schemas/*.json` is the exact definition and
 * `shared/spec/answers-format.md` the public description; these types must agree with both.
 * Every area is optional here because a file being drafted is still loadable (see `isComplete`
 * in validation): code that needs a complete file receives `Answers` after validation passed.
 */

export type InstitutionKind =
  | 'pretrial-detention'
  | 'colony'
  | 'prison'
  | 'open-prison'
  | 'juvenile-facility'
  | 'probation-office'
  | 'other';
export type Population = 'men' | 'women' | 'mixed' | 'juveniles';
export type Implementer = 'prison' | 'cso' | 'joint' | 'health-service' | 'other';
export type Setting = 'in-prison' | 'after-release' | 'both';
export type MeetingFrequency = 'weekly' | 'monthly' | 'quarterly' | 'twice-a-year' | 'yearly';
export type ReportFrequency = 'monthly' | 'quarterly' | 'twice-a-year' | 'yearly' | 'end-of-project';
export type ResponsibleParty = 'prison' | 'cso' | 'joint';
export type NeedKind = 'medical' | 'psychological' | 'social' | 'educational';

export const NEED_KINDS: readonly NeedKind[] = ['medical', 'psychological', 'social', 'educational'];

export type ServiceType =
  | 'opioid-agonist-therapy'
  | 'needle-syringe-programme'
  | 'psychosocial-counselling'
  | 'therapeutic-community'
  | 'twelve-step-group'
  | 'rehabilitation-programme'
  | 'hiv-testing-and-treatment'
  | 'hepatitis-c-treatment'
  | 'tuberculosis-care'
  | 'overdose-prevention'
  | 'case-management'
  | 'legal-and-documents-support'
  | 'family-contact'
  | 'education-and-vocational-training'
  | 'pre-release-preparation'
  | 'post-release-support'
  | 'peer-support'
  | 'other';

/** Populations named by the spec; any other string is accepted as free text. */
export const KNOWN_POPULATIONS = [
  'people-who-inject-drugs',
  'people-with-opioid-dependence',
  'people-with-alcohol-use-disorders',
  'people-with-other-drug-use-disorders',
  'women',
  'young-people',
  'people-living-with-hiv',
  'people-with-hepatitis-c',
  'people-with-tuberculosis',
  'people-preparing-for-release',
  'people-on-probation',
] as const;

export interface Person {
  name: string;
  title?: string;
  email?: string;
  phone?: string;
}

/** The person who signs for a party, with what their authority rests on. */
export interface Signatory extends Person {
  basis?: string;
  /** Russian genitive overrides of the automatic declension. */
  nameGenitive?: string;
  titleGenitive?: string;
}

export interface Party {
  name: string;
  shortName?: string;
  address?: string;
  registration?: string;
  signatory?: Signatory;
  focalPoint?: Person;
}

export interface OtherParty {
  name: string;
  role?: string;
}

export interface Institution {
  name: string;
  kind: InstitutionKind;
  population?: Population;
  location?: string;
  capacity?: number;
}

export interface Project {
  title: string;
  summary?: string;
  startDate?: string;
  durationMonths?: number;
  institutions: Institution[];
}

export interface Parties {
  prison: Party;
  cso: Party;
  others?: OtherParty[];
}

export type Needs = Partial<Record<NeedKind, string[]>>;

export interface TargetGroup {
  description: string;
  populations: string[];
  estimatedSize?: number;
  needs: Needs;
  prisonContext?: string;
  participation?: string;
}

export interface Service {
  id: string;
  type: ServiceType;
  name: string;
  description?: string;
  implementer: Implementer;
  staff?: string;
  authorisedBy?: string[];
  setting?: Setting;
  /** Months after release the service stays with a client (0–60). */
  followUpMonths?: number;
  referralsTo?: string[];
}

export interface Organisation {
  name: string;
  role?: string;
  strengths?: string[];
  weaknesses?: string[];
  experience?: string;
}

export interface AccessListEntry {
  name: string;
  title?: string;
  organisation?: string;
}

export interface CivilSociety {
  organisations: Organisation[];
  access?: string;
  /** The CSO staff who need passes: the memorandum's access-list annex. */
  accessList?: AccessListEntry[];
  informingTheAdministration?: string;
}

export interface Responsibilities {
  prison: string[];
  cso: string[];
  joint?: string[];
  coordination?: { meetings?: MeetingFrequency; workingGroup?: string };
  funding?: string;
  dataProtection?: string;
  termination?: { noticeDays?: number };
}

export interface Indicator {
  name: string;
  definition?: string;
  baseline?: number | string;
  target?: number | string;
  frequency?: ReportFrequency;
  source?: string;
  responsible?: ResponsibleParty;
  /** Result level in the concept note's logframe (issue 12). */
  level?: ResultLevel;
  assumptions?: string;
  /** `sex`, `age`, `institution` or free text. */
  disaggregation?: string[];
}

export type ResultLevel = 'impact' | 'outcome' | 'output';
export const RESULT_LEVELS: readonly ResultLevel[] = ['impact', 'outcome', 'output'];
export type Rating = 'low' | 'medium' | 'high';

export interface BudgetLine {
  category: string;
  amount: number;
  currency?: string;
  coFinancing?: number;
}

export interface Strategy {
  name: string;
  relevance?: string;
}

export interface Monitoring {
  qualityAssurance: string;
  indicators: Indicator[];
  reporting?: { frequency?: ReportFrequency; recipients?: string[] };
  clientInvolvement?: string;
  evaluation?: string;
}

export interface Signing {
  place?: string;
  date?: string;
}

/** Optional enrichment of the concept note (added by issue 3; see the schema). */
export interface ConceptNote {
  objectives?: string[];
  activities?: string[];
  risks?: { risk: string; mitigation?: string; likelihood?: Rating; impact?: Rating }[];
  budgetSummary?: string;
  /** The budget by category (issue 12). */
  budget?: BudgetLine[];
  strategies?: Strategy[];
  visibility?: string;
  sustainability?: string;
  timeline?: { period: string; activity: string }[];
}

/** A valid answers file. */
export interface Answers {
  version?: 1;
  language?: string;
  /** Languages the memorandum is signed in (default: the document language). */
  originals?: string[];
  /** Which of `originals` prevails if the texts differ (default: equal force). */
  prevailing?: string;
  country: string;
  project: Project;
  parties: Parties;
  targetGroup: TargetGroup;
  services: Service[];
  civilSociety: CivilSociety;
  responsibilities: Responsibilities;
  monitoring: Monitoring;
  signing?: Signing;
  conceptNote?: ConceptNote;
}

/** Anything deeper may be missing while a file is being drafted. */
export type DeepPartial<T> = T extends (infer U)[]
  ? DeepPartial<U>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** A file being drafted: loadable, maybe incomplete. */
export type DraftAnswers = DeepPartial<Answers>;

/** The five checklist areas in the protocol's order (6.4), with the top-level key of each. */
export const AREAS = [
  { number: 1, id: 'target-group', key: 'targetGroup' },
  { number: 2, id: 'services', key: 'services' },
  { number: 3, id: 'civil-society', key: 'civilSociety' },
  { number: 4, id: 'responsibilities', key: 'responsibilities' },
  { number: 5, id: 'monitoring', key: 'monitoring' },
] as const;

export type AreaId = (typeof AREAS)[number]['id'];
