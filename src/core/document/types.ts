/**
 * The view model the templates lay out. Every string that comes from the answers file is
 * already escaped for Markdown; labels come from the `render` catalogue of the document
 * language. Every field is always present (null when the answers say nothing), so templates can
 * run in Handlebars' strict mode and a misspelt field name is an error, not a silent blank.
 * `templates/README.md` documents these fields for template authors.
 */

import type { OriginalsView } from './originals-view.js';

export type DocKind = 'mou' | 'concept-note';
export const DOC_KINDS: readonly DocKind[] = ['mou', 'concept-note'];

export interface PersonView {
  name: string | null;
  title: string | null;
  email: string | null;
  phone: string | null;
  /** Name, title and contacts in one line; null when nothing is known. */
  line: string | null;
}

export interface SignatoryView extends PersonView {
  /** After "в лице" in Russian ("Нурланова Ержана Сериковича"); the name itself in other languages. */
  nameGenitive: string | null;
  /** After "в лице" in Russian ("начальника департамента"); the title itself in other languages. */
  titleGenitive: string | null;
  /** Surname first (Russian signature block); the name itself in other languages. */
  nameSurnameFirst: string | null;
  /** The signatory is a woman (Russian agreement: "действующей"). */
  feminine: boolean;
}

export interface PartyView {
  /** Full legal name, or a placeholder in draft mode. */
  name: string;
  shortName: string | null;
  /** How the text refers to the party: the short name if there is one, else the full name. */
  label: string;
  /** The label at the start of a sentence ("the Directorate" → "The Directorate"). */
  labelCap: string;
  address: string | null;
  registration: string | null;
  /** Signatory: name/title (placeholder in draft mode when missing; null otherwise). */
  signatory: SignatoryView;
  /** What the signatory acts on, as it follows "on the basis of" / "на основании". */
  basis: string;
  /** False when `basis` is the standard Regulation (state body) or Charter (CSO). */
  basisGiven: boolean;
  /** `prisonSignatoryBasis` / `csoSignatoryBasis`: the key of the draft mark on a standard basis. */
  basisField: string;
  focalPoint: PersonView;
}

export interface InstitutionView {
  number: number;
  name: string;
  kind: string;
  population: string | null;
  location: string | null;
  capacity: string | null;
}

export interface NeedView {
  kind: string;
  label: string;
  items: string[];
  /** The items as one sentence-like list. */
  text: string;
}

export interface ServiceView {
  number: number;
  id: string;
  name: string;
  type: string;
  typeKey: string;
  /** The type's label when it says more than the name (null when the name already says it). */
  typeNote: string | null;
  description: string | null;
  implementer: string;
  implementerKey: string;
  staff: string | null;
  authorisedBy: string[];
  /** The authorising bodies as one list, or null. */
  authorisedByText: string | null;
  setting: string;
  settingKey: string;
  /** Names of the services this one refers to (from `referralsTo`). */
  referrals: string[];
  referralsText: string | null;
}

export interface PathwayView {
  from: string;
  to: string;
  fromImplementer: string;
  toImplementer: string;
}

export interface ActivityView {
  /** The service name, or the activity as given under `conceptNote.activities`. */
  name: string;
  /** What the service offers (its description, else its type); null for given activities. */
  description: string | null;
  /** Who implements it; null for given activities and joint commitments. */
  implementer: string | null;
}

export interface ActivityGroupView {
  key: string;
  title: string;
  items: ActivityView[];
}

export interface OrganisationView {
  name: string;
  role: string | null;
  strengths: string[];
  weaknesses: string[];
  experience: string | null;
}

export interface IndicatorView {
  number: number;
  name: string;
  definition: string | null;
  baseline: string | null;
  target: string | null;
  frequency: string | null;
  source: string | null;
  responsible: string | null;
}

export interface RiskView {
  risk: string;
  mitigation: string | null;
  /** Rating labels ("high"), or the short "to complete" marker when not rated. */
  likelihood: string;
  impact: string;
  rated: boolean;
}

export interface LogframeRowView {
  number: number;
  /** "Specific objective (outcome)", or a "to complete" marker. */
  level: string;
  levelKey: string | null;
  name: string;
  definition: string | null;
  /** "by sex, age and institution", or null. */
  disaggregation: string | null;
  baseline: string;
  target: string | null;
  source: string | null;
  frequency: string | null;
  responsible: string | null;
  assumptions: string | null;
}

export interface BudgetLineView {
  category: string;
  amount: string;
  coFinancing: string | null;
  requested: string | null;
}

export interface BudgetView {
  lines: BudgetLineView[];
  /** Totals, or null when the lines mix currencies or lack one. */
  total: string | null;
  coFinancing: string | null;
  requested: string | null;
  /** Share of the total requested from the donor, e.g. "85%". */
  requestedShare: string | null;
  currency: string | null;
}

export interface StrategyView {
  name: string;
  relevance: string | null;
}

export interface OpenPointView {
  area: number;
  text: string;
}

/** One person of the access-list annex. */
export interface AccessEntryView {
  number: number;
  name: string;
  title: string | null;
  organisation: string | null;
}

export type AnnexKey = 'accessList' | 'consentForm' | 'workplan' | 'indicators';

/** An annex of the memorandum, numbered in the order the body refers to it. */
export interface AnnexView {
  key: AnnexKey;
  number: number;
  /** Its title (label), e.g. "Access list of the organisation's staff". */
  title: string;
  /** In a draft, the placeholder of an annex the project needs but whose content is missing. */
  placeholder: string | null;
}

export interface TimelineView {
  period: string;
  activity: string;
}

export interface GapView {
  /** What is missing or what standard wording should be reviewed. */
  text: string;
}

export interface ToCompleteView {
  /** Required information not given: placeholders in the text. */
  missing: GapView[];
  /** Clauses or sections where standard wording stands in for the answers. */
  review: GapView[];
  /** Open advice from the readiness check (draft mode). */
  advice: GapView[];
  any: boolean;
}

export interface ReadinessAreaView {
  number: number;
  title: string;
  status: string;
  statusKey: string;
  missing: string[];
  missingText: string | null;
  /** Status for the donor: never "complete" while `check` reports an error in the area. */
  annexStatus: string;
  advice: { message: string; section: string; severity: string }[];
}

export interface ReadinessView {
  ready: boolean;
  /** Areas answered in full (status complete, no error). */
  answered: number;
  /** Errors and warnings of `check`, as points for the donor (never a command or an order). */
  openPoints: OpenPointView[];
  areas: ReadinessAreaView[];
  errors: number;
  warnings: number;
  advice: number;
}

export interface CountryView {
  code: string;
  name: string;
  /** Background paragraphs from the built-in country profile (escaped), or empty. */
  background: string[];
  /** Other profile facts for the relevance section (escaped), or empty. */
  relevance: string[];
  hasProfile: boolean;
}

export interface Flags {
  /** Some service is for people in prison (not only staff training): client clauses apply. */
  hasClients: boolean;
  /** Some client service reaches release or the time after it. */
  hasRelease: boolean;
  hasStaffTraining: boolean;
  /** Some service is run by a body that does not sign (health service, other). */
  hasNonSigningImplementers: boolean;
  /** The answers describe the lead CSO's experience (the preamble may recognise it). */
  hasCsoExperience: boolean;
  hasWomen: boolean;
  hasYoungPeople: boolean;
  hasOpioidAgonistTherapy: boolean;
  hasProbation: boolean;
  hasAfterRelease: boolean;
  hasHiv: boolean;
  hasOtherPartners: boolean;
  hasJoint: boolean;
  hasReferrals: boolean;
}

export interface DocumentModel {
  lang: string;
  /** The originals of the memorandum and their languages (partials/originals). */
  originals: OriginalsView;
  draft: boolean;
  country: CountryView;
  project: {
    title: string;
    summary: string | null;
    startDate: string | null;
    endDate: string | null;
    durationMonths: number | null;
    /** "24 months" in the document language, or null. */
    duration: string | null;
    institutions: InstitutionView[];
    institutionNames: string;
    /** Locations of the institutions, or null. */
    locations: string | null;
  };
  parties: {
    prison: PartyView;
    cso: PartyView;
    others: { name: string; role: string | null }[];
    /** "A and B": both parties' full names. */
    names: string;
    /**
     * Russian documents: both names in the instrumental, as they follow "между" in the title
     * ("Департаментом … и Общественным фондом …"); null in other languages, or when a name
     * could not be declined surely (the title then keeps "между Сторонами: A и B").
     */
    betweenInstrumental: string | null;
  };
  targetGroup: {
    description: string;
    populations: string[];
    populationsText: string;
    estimatedSize: string | null;
    needs: NeedView[];
    prisonContext: string | null;
    participation: string | null;
  };
  services: ServiceView[];
  servicesInPrison: ServiceView[];
  servicesAfterRelease: ServiceView[];
  /** Services with something to say beyond the table (a description, staff or referrals). */
  servicesDescribed: ServiceView[];
  pathways: PathwayView[];
  /** Standards-relevant: names of all authorising bodies, de-duplicated. */
  authorities: string[];
  civilSociety: {
    organisations: OrganisationView[];
    access: string | null;
    /** The staff with passes (the access-list annex), in the order given. */
    accessList: AccessEntryView[];
    informingTheAdministration: string | null;
    /** The lead CSO's experience as the answers describe it, or null. */
    leadExperience: string | null;
  };
  responsibilities: {
    prison: string[];
    cso: string[];
    joint: string[];
    meetings: string | null;
    workingGroup: string | null;
    funding: string | null;
    dataProtection: string | null;
    noticeDays: string | null;
  };
  monitoring: {
    qualityAssurance: string;
    indicators: IndicatorView[];
    reportingFrequency: string | null;
    recipients: string[];
    recipientsText: string | null;
    clientInvolvement: string | null;
    evaluation: string | null;
  };
  signing: { place: string | null; date: string | null; dateIso: string | null };
  conceptNote: {
    objectives: string[];
    activityGroups: ActivityGroupView[];
    /** True when `conceptNote.activities` was given (then `activityGroups` holds one group). */
    activitiesGiven: boolean;
    risks: RiskView[];
    /** The budget summary as written, or null. */
    budgetSummary: string | null;
    /** The budget by category with its totals, or null. */
    budget: BudgetView | null;
    /** True when either a budget or a budget summary is given. */
    budgetGiven: boolean;
    sustainability: string | null;
    timeline: TimelineView[];
    strategies: StrategyView[];
    visibility: string | null;
    /** "in prison and after release": where the project works, for the overall objective. */
    scope: string;
    /** The summary table's lead applicant (the CSO) and co-applicants. */
    leadApplicant: string;
    coApplicants: string[];
    totalCost: string | null;
    requestedAmount: string | null;
    /** Indicators by result level (impact, outcome, output, then those without a level). */
    logframe: LogframeRowView[];
    /** The indicators' assumptions, for the theory of change. */
    assumptions: string[];
    /** Placeholders ("[to complete: …]") for the parts the answers lack. */
    gap: Record<
      'objectives' | 'budget' | 'strategies' | 'visibility' | 'rating' | 'services' | 'indicators',
      string
    >;
  };
  /** The memorandum's annexes, in order (see annexes-view.ts). */
  annexes: AnnexView[];
  /** The same by key, null when the memorandum has no such annex: for the body's references. */
  annex: Record<AnnexKey, AnnexView | null>;
  /** The services the consent form names: every service but staff training. */
  consentServices: ServiceView[];
  flags: Flags;
  /** The country's personal-data law (built-in profile), or null. */
  personalDataLaw: { issuer: string; title: string } | null;
  /** Which standard clauses take the tool's wording (see mou-defaults.ts), by key. */
  defaults: Record<string, boolean>;
  /** The same keys, in the memorandum's order. */
  defaultsUsed: string[];
  /** The longest follow-up after release of any service, and whether the term may not cover it. */
  followUp: { months: number | null; text: string | null; beyondTerm: boolean };
  toComplete: { mou: ToCompleteView; conceptNote: ToCompleteView };
  readiness: ReadinessView | null;
  /** Disputed and parked points of the roundtable, for the draft's annex (empty when final). */
  openPoints: RoundtablePointView[];
}

/** One open point of the roundtable, escaped for Markdown. */
/** A point marked disputed or parked at the roundtable (annex "Open points from the roundtable"). */
export interface RoundtablePointView {
  label: string;
  status: string;
  disputed: boolean;
  by: string | null;
  reason: string | null;
}
