/**
 * What only the concept note needs: the optional `conceptNote` answers, the readiness annex from
 * the protocol checklist (`check`), and the country background from the built-in profiles.
 */
import type { DraftAnswers } from '../answers/types.js';
import type { PersonalDataLaw } from '../countries/types.js';
import type { CheckReport } from '../check/types.js';
import type { Translate } from '../i18n/translate.js';
import type { Formatters } from './format.js';
import type { GapCollector } from './gaps.js';
import { labelOf } from './labels.js';
import { escapeList, escapeValue, list } from './markdown-escape.js';
import type { CountryView, DocumentModel, ReadinessView, ServiceView } from './types.js';
import { activityGroupsView } from './services-view.js';

/** The parts of a country profile the concept note uses (see `core/countries`). */
export interface ProfileInput {
  name?: string;
  /** Paragraphs on the prison system, drug treatment and civil society in the country. */
  background?: readonly string[];
  /** Points on why a pilot fits the country (the protocol's country recommendations). */
  relevance?: readonly string[];
  /** The country's personal-data law (memorandum, confidentiality article). */
  personalDataLaw?: PersonalDataLaw;
}

export function conceptNoteView(
  answers: DraftAnswers,
  services: ServiceView[],
  ctx: { t: Translate; gaps: GapCollector },
): DocumentModel['conceptNote'] {
  const note = answers.conceptNote;
  const objectives = escapeList(note?.objectives);
  if (objectives.length === 0) ctx.gaps.addReview('objectives', 'concept-note');
  const activities = activityGroupsView(answers, services, ctx.t);
  if (!activities.given) ctx.gaps.addReview('activities', 'concept-note');
  const risks = list(note?.risks)
    .map((risk) => ({ risk: escapeValue(risk?.risk), mitigation: escapeValue(risk?.mitigation) }))
    .filter((risk): risk is { risk: string; mitigation: string | null } => risk.risk !== null);
  if (risks.length === 0) ctx.gaps.addReview('risks', 'concept-note');
  const timeline = list(note?.timeline)
    .map((step) => ({ period: escapeValue(step?.period), activity: escapeValue(step?.activity) }))
    .filter(
      (step): step is { period: string; activity: string } => step.period !== null && step.activity !== null,
    );
  if (timeline.length === 0) ctx.gaps.addReview('timeline', 'concept-note');
  const budgetSummary = escapeValue(note?.budgetSummary);
  return {
    objectives,
    activityGroups: activities.groups,
    activitiesGiven: activities.given,
    risks,
    budgetSummary: ctx.gaps.required(note?.budgetSummary, 'budgetSummary', 'concept-note'),
    budgetGiven: budgetSummary !== null,
    sustainability: ctx.gaps.optional(note?.sustainability, 'sustainability', 'concept-note'),
    timeline,
  };
}

export function countryView(code: string | undefined, fmt: Formatters, profile?: ProfileInput): CountryView {
  const cleaned = typeof code === 'string' ? code.trim().toUpperCase() : '';
  const background = escapeList(profile?.background);
  const relevance = escapeList(profile?.relevance);
  return {
    code: escapeValue(cleaned) ?? '',
    name: escapeValue(profile?.name) ?? (cleaned ? (escapeValue(fmt.country(cleaned)) ?? '') : ''),
    background,
    relevance,
    hasProfile: background.length + relevance.length > 0,
  };
}

export function readinessView(
  report: CheckReport | undefined,
  t: Translate,
  fmt: Formatters,
): ReadinessView | null {
  if (!report) return null;
  return {
    ready: report.summary.ready,
    errors: report.summary.errors,
    warnings: report.summary.warnings,
    advice: report.summary.advice,
    areas: report.areas.map((area, index) => {
      const missing = escapeList(area.missing);
      return {
        number: index + 1,
        title: escapeValue(area.title) ?? '',
        status: labelOf(t, 'status', area.status),
        statusKey: area.status,
        missing,
        missingText: missing.length > 0 ? fmt.list(missing) : null,
        advice: area.advice.map((advice) => ({
          message: escapeValue(advice.message) ?? '',
          section: escapeValue(advice.section) ?? '',
          severity: labelOf(t, 'severity', advice.severity),
        })),
      };
    }),
  };
}

/** Open advice as lines for the draft's "to complete" list: errors and warnings first. */
export function openAdvice(report: CheckReport | undefined, t: Translate): string[] {
  if (!report) return [];
  const rank = { error: 0, warning: 1, advice: 2 } as const;
  return report.areas
    .flatMap((area) => area.advice)
    .sort((a, b) => rank[a.severity] - rank[b.severity])
    .map((advice) => t('render.adviceItem', { message: advice.message, section: advice.section }));
}
