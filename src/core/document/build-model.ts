/**
 * `buildDocumentModel`: answers → the view model both documents are laid out from. Pure: the
 * caller passes the translator of the document language and, when it has them, the readiness
 * report and the country profile.
 */
import { annexesView } from './annexes-view.js';
import { openPointsView } from './open-points-view.js';
import type { DraftAnswers } from '../answers/types.js';
import type { CheckReport } from '../check/types.js';
import type { Translate } from '../i18n/translate.js';
import { civilSocietyView, monitoringView, responsibilitiesView, targetGroupView } from './areas-view.js';
import {
  conceptNoteView,
  countryView,
  openAdvice,
  readinessView,
  type ProfileInput,
} from './concept-note-view.js';
import { escapeValue, list } from './markdown-escape.js';
import { createFormatters, documentLocale } from './format.js';
import { GapCollector } from './gaps.js';
import { originalsView } from './originals-view.js';
import { partiesView, projectView, signingView } from './parties-view.js';
import { authoritiesView, pathwaysView, servicesView } from './services-view.js';
import { listItem } from './format.js';
import { MOU_DEFAULT_KEYS, mouDefaults } from './mou-defaults.js';
import { hasClientServices, hasReleaseServices, isStaffService, longestFollowUp } from './project-shape.js';
import type { DocumentModel, Flags } from './types.js';

export interface BuildOptions {
  /** Document language (BCP 47 code used for dates and numbers). */
  lang: string;
  /** Render an incomplete file: every gap visible and listed. */
  draft: boolean;
  /** Translator of the document language (`render.*` labels and placeholders). */
  t: Translate;
  profile?: ProfileInput;
  readiness?: CheckReport;
  /** The languages of a side-by-side document this model is one half of. */
  pair?: readonly string[];
}

/** Who signs the memorandum: services run by anyone else are listed for information only. */
const SIGNING_IMPLEMENTERS = new Set(['prison', 'cso', 'joint']);

function flagsOf(
  answers: DraftAnswers,
  model: Omit<
    DocumentModel,
    | 'flags'
    | 'toComplete'
    | 'defaults'
    | 'defaultsUsed'
    | 'followUp'
    | 'personalDataLaw'
    | 'annexes'
    | 'annex'
    | 'consentServices'
  >,
): Flags {
  const populations = new Set(list(answers.targetGroup?.populations));
  const institutions = list(answers.project?.institutions);
  const types = new Set(list(answers.services).map((service) => service?.type));
  return {
    hasWomen: populations.has('women') || institutions.some((i) => i?.population === 'women'),
    hasYoungPeople:
      populations.has('young-people') ||
      institutions.some((i) => i?.population === 'juveniles' || i?.kind === 'juvenile-facility'),
    hasOpioidAgonistTherapy: types.has('opioid-agonist-therapy'),
    hasProbation:
      populations.has('people-on-probation') || institutions.some((i) => i?.kind === 'probation-office'),
    hasAfterRelease: model.servicesAfterRelease.length > 0,
    hasHiv: populations.has('people-living-with-hiv') || types.has('hiv-testing-and-treatment'),
    hasClients: hasClientServices(answers),
    hasRelease: hasReleaseServices(answers),
    hasStaffTraining: list(answers.services).some(
      (s) => s !== null && typeof s === 'object' && isStaffService(s),
    ),
    hasNonSigningImplementers: model.services.some((s) => !SIGNING_IMPLEMENTERS.has(s.implementerKey)),
    hasCsoExperience: model.civilSociety.leadExperience !== null,
    hasOtherPartners: model.parties.others.length > 0,
    hasJoint: model.responsibilities.joint.length > 0,
    hasReferrals: model.pathways.length > 0,
  };
}

/** The law's issuer and title in the document language (Russian for the Russian-script languages). */
function personalDataLawView(
  law: NonNullable<ProfileInput['personalDataLaw']> | undefined,
  lang: string,
): DocumentModel['personalDataLaw'] {
  if (!law) return null;
  const names = lang === 'en' ? law.en : law.ru;
  return { issuer: escapeValue(names.issuer) ?? '', title: escapeValue(names.title) ?? '' };
}

/** Objectives are list items of the memorandum's clause 1.2: same case and punctuation rules. */
function objectivesAsItems(note: DocumentModel['conceptNote']): DocumentModel['conceptNote'] {
  return { ...note, objectives: note.objectives.map(listItem) };
}

export function buildDocumentModel(answers: DraftAnswers, options: BuildOptions): DocumentModel {
  const { t, lang, draft } = options;
  // The catalogue names the formatting locale ("en-GB" for the English documents' dates).
  const fmt = createFormatters(documentLocale(t, lang), t);
  const gaps = new GapCollector(t);
  const ctx = { t, fmt, gaps, draft, lang };
  const services = servicesView(answers, ctx);
  const base = {
    lang,
    draft,
    originals: originalsView(answers, { lang, t, fmt, ...(options.pair ? { pair: options.pair } : {}) }),
    project: projectView(answers, ctx),
    parties: partiesView(answers, ctx),
    country: countryView(answers, ctx, options.profile),
    targetGroup: targetGroupView(answers, ctx),
    services,
    servicesInPrison: services.filter((s) => s.settingKey !== 'after-release'),
    servicesAfterRelease: services.filter((s) => s.settingKey !== 'in-prison'),
    servicesDescribed: services.filter(
      (s) => s.description !== null || s.staff !== null || s.referrals.length > 0,
    ),
    pathways: pathwaysView(answers, services),
    authorities: authoritiesView(services),
    civilSociety: civilSocietyView(answers, ctx),
    responsibilities: responsibilitiesView(answers, ctx),
    monitoring: monitoringView(answers, ctx),
    signing: signingView(answers, ctx),
    conceptNote: objectivesAsItems(conceptNoteView(answers, services, ctx)),
    readiness: readinessView(options.readiness, t, fmt),
    openPoints: draft ? openPointsView(answers, t) : [],
  };
  if (!base.country.code) gaps.addMissing('country');
  const defaultsUsed = mouDefaults(answers);
  for (const key of defaultsUsed) gaps.addReview(key, 'mou');
  const annexes = annexesView({
    answers,
    draft,
    t,
    gaps,
    accessList: base.civilSociety.accessList,
    timelineSteps: base.conceptNote.timeline.length,
    indicators: base.monitoring.indicators.length,
    dataProtection: base.responsibilities.dataProtection,
    services,
  });
  const followUp = longestFollowUp(answers);
  const advice = (kind: 'mou' | 'concept-note') => (draft ? openAdvice(options.readiness, t, kind) : []);
  return {
    ...base,
    ...annexes,
    flags: flagsOf(answers, base),
    personalDataLaw: personalDataLawView(options.profile?.personalDataLaw, lang),
    defaults: Object.fromEntries(MOU_DEFAULT_KEYS.map((key) => [key, defaultsUsed.includes(key)])),
    defaultsUsed,
    followUp: {
      months: followUp.months > 0 ? followUp.months : null,
      text: followUp.months > 0 ? t('render.months', { count: followUp.months }) : null,
      // The term ends with the project: clients released in its last months are still in follow-up.
      beyondTerm: followUp.months > 0,
    },
    toComplete: {
      mou: gaps.view('mou', advice('mou')),
      conceptNote: gaps.view('concept-note', advice('concept-note')),
    },
  };
}
