/**
 * The view model the templates lay out. Every string that comes from the answers file is
 * already escaped for Markdown; labels come from the `render` catalogue of the document
 * language. Every field is always present (null when the answers say nothing), so templates can
 * run in Handlebars' strict mode and a misspelt field name is an error, not a silent blank.
 * `templates/README.md` documents these fields for template authors.
 */

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

export interface PartyView {
  /** Full legal name, or a placeholder in draft mode. */
  name: string;
  shortName: string | null;
  /** How the text refers to the party: the short name if there is one, else the full name. */
  label: string;
  address: string | null;
  registration: string | null;
  /** Signatory: name/title (placeholder in draft mode when missing; null otherwise). */
  signatory: PersonView;
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
  advice: { message: string; section: string; severity: string }[];
}

export interface ReadinessView {
  ready: boolean;
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
  pathways: PathwayView[];
  /** Standards-relevant: names of all authorising bodies, de-duplicated. */
  authorities: string[];
  civilSociety: {
    organisations: OrganisationView[];
    access: string | null;
    informingTheAdministration: string | null;
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
    /** The budget summary, or the placeholder "[to complete: Budget summary]" (always a gap). */
    budgetSummary: string;
    budgetGiven: boolean;
    sustainability: string | null;
    timeline: TimelineView[];
  };
  flags: Flags;
  toComplete: { mou: ToCompleteView; conceptNote: ToCompleteView };
  readiness: ReadinessView | null;
  /** Disputed and parked points of the roundtable, for the draft's annex (empty when final). */
  openPoints: OpenPointView[];
}

/** One open point of the roundtable, escaped for Markdown. */
export interface OpenPointView {
  label: string;
  status: string;
  disputed: boolean;
  by: string | null;
  reason: string | null;
}
