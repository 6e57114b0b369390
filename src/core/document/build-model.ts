/**
 * `buildDocumentModel`: answers → the view model both documents are laid out from. Pure: the
 * caller passes the translator of the document language and, when it has them, the readiness
 * report and the country profile.
 */
import { openPointsView } from './open-points-view.js';
import type { DraftAnswers } from '../answers/types.js';
import type { CheckReport } from '../check/types.js';
import { list } from './markdown-escape.js';
import type { Translate } from '../i18n/translate.js';
import { civilSocietyView, monitoringView, responsibilitiesView, targetGroupView } from './areas-view.js';
import {
  conceptNoteView,
  countryView,
  openAdvice,
  readinessView,
  type ProfileInput,
} from './concept-note-view.js';
import { createFormatters } from './format.js';
import { GapCollector } from './gaps.js';
import { partiesView, projectView, signingView } from './parties-view.js';
import { authoritiesView, pathwaysView, servicesView } from './services-view.js';
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
}

function flagsOf(answers: DraftAnswers, model: Omit<DocumentModel, 'flags' | 'toComplete'>): Flags {
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
    hasOtherPartners: model.parties.others.length > 0,
    hasJoint: model.responsibilities.joint.length > 0,
    hasReferrals: model.pathways.length > 0,
  };
}

export function buildDocumentModel(answers: DraftAnswers, options: BuildOptions): DocumentModel {
  const { t, lang, draft } = options;
  // The catalogue names the formatting locale ("en-GB" for the English documents' dates).
  const locale = t('render.locale');
  const fmt = createFormatters(locale === 'render.locale' ? lang : locale);
  const gaps = new GapCollector(t);
  const ctx = { t, fmt, gaps, draft };
  const services = servicesView(answers, ctx);
  const base = {
    lang,
    draft,
    project: projectView(answers, ctx),
    parties: partiesView(answers, ctx),
    country: countryView(answers.country, fmt, options.profile),
    targetGroup: targetGroupView(answers, ctx),
    services,
    servicesInPrison: services.filter((s) => s.settingKey !== 'after-release'),
    servicesAfterRelease: services.filter((s) => s.settingKey !== 'in-prison'),
    pathways: pathwaysView(answers, services),
    authorities: authoritiesView(services),
    civilSociety: civilSocietyView(answers, ctx),
    responsibilities: responsibilitiesView(answers, ctx),
    monitoring: monitoringView(answers, ctx),
    signing: signingView(answers, ctx),
    conceptNote: conceptNoteView(answers, services, ctx),
    readiness: readinessView(options.readiness, t, fmt),
    openPoints: draft ? openPointsView(answers, t) : [],
  };
  if (!base.country.code) gaps.addMissing('country');
  const advice = draft ? openAdvice(options.readiness, t) : [];
  return {
    ...base,
    flags: flagsOf(answers, base),
    toComplete: { mou: gaps.view('mou', advice), conceptNote: gaps.view('concept-note', advice) },
  };
}
