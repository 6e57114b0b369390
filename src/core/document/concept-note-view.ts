/**
 * What only the concept note needs: the optional `conceptNote` answers (objectives, activities,
 * risks, budget, strategies, visibility), the logframe, the readiness annex from the protocol
 * checklist (`check`), and the country background from the built-in profiles.
 */
import type { DraftAnswers } from '../answers/types.js';
import type { PersonalDataLaw } from '../countries/types.js';
import type { CheckReport } from '../check/types.js';
import type { Translate } from '../i18n/translate.js';
import { citedParagraphs, projectFacts, type ProfileParagraphInput } from './background-view.js';
import { budgetView } from './budget-view.js';
import { capitalise, type Formatters } from './format.js';
import type { GapCollector } from './gaps.js';
import { labelOf } from './labels.js';
import { logframeView } from './logframe-view.js';
import { escapeList, escapeMarkdown, escapeValue, list } from './markdown-escape.js';
import type {
  CountryView,
  DocumentModel,
  OpenPointView,
  ReadinessView,
  RiskView,
  ServiceView,
} from './types.js';
import { activityGroupsView } from './services-view.js';

/** The parts of a country profile the concept note uses (see `core/countries`). */
export interface ProfileInput {
  name?: string;
  /** Paragraphs on the prison system, drug treatment and civil society in the country. */
  background?: readonly ProfileParagraphInput[];
  /** The protocol's country recommendations, stated in the third person. */
  relevance?: readonly ProfileParagraphInput[];
  /** The country's personal-data law (memorandum, confidentiality article). */
  personalDataLaw?: PersonalDataLaw;
}

const RATINGS = new Set(['low', 'medium', 'high']);

function risksView(answers: DraftAnswers, t: Translate): RiskView[] {
  const marker = escapeMarkdown(t('render.gapShort'));
  const rating = (value: unknown) =>
    typeof value === 'string' && RATINGS.has(value) ? t(`render.rating.${value}`) : null;
  return list(answers.conceptNote?.risks)
    .map((item) => {
      const likelihood = rating(item?.likelihood);
      const impact = rating(item?.impact);
      return {
        risk: escapeValue(item?.risk),
        mitigation: escapeValue(item?.mitigation),
        likelihood: likelihood ?? marker,
        impact: impact ?? marker,
        rated: likelihood !== null && impact !== null,
      };
    })
    .filter((item): item is RiskView => item.risk !== null);
}

/** Where the project works, for the overall objective: prison, release, probation. */
function scopeKey(services: ServiceView[], probation: boolean): string {
  const inPrison = services.some((s) => s.settingKey !== 'after-release');
  const after = services.some((s) => s.settingKey !== 'in-prison');
  if (services.length === 0) return probation ? 'probation' : 'in-prison';
  if (inPrison) return after || probation ? 'prison-and-release' : 'in-prison';
  return probation ? 'probation' : 'after-release';
}

export function conceptNoteView(
  answers: DraftAnswers,
  services: ServiceView[],
  ctx: { t: Translate; fmt: Formatters; gaps: GapCollector },
): DocumentModel['conceptNote'] {
  const { t, fmt, gaps } = ctx;
  const note = answers.conceptNote;
  const objectives = escapeList(note?.objectives);
  if (objectives.length === 0) gaps.addMissing('objectives', 'concept-note');
  const activities = activityGroupsView(answers, services, t);
  if (!activities.given) gaps.addReview('activities', 'concept-note');
  const risks = risksView(answers, t);
  if (risks.length === 0) gaps.addReview('risks', 'concept-note');
  if (risks.some((risk) => !risk.rated) || risks.length === 0) gaps.addMissing('riskRatings', 'concept-note');
  const timeline = list(note?.timeline)
    .map((step) => ({ period: escapeValue(step?.period), activity: escapeValue(step?.activity) }))
    .filter(
      (step): step is { period: string; activity: string } => step.period !== null && step.activity !== null,
    );
  if (timeline.length === 0) gaps.addReview('timeline', 'concept-note');
  const budgetSummary = escapeValue(note?.budgetSummary);
  const budget = budgetView(answers, t, fmt);
  if (!budget) gaps.addMissing('budget', 'concept-note');
  else if (!budget.total) gaps.addMissing('budgetTotal', 'concept-note');
  const strategies = list(note?.strategies)
    .map((item) => ({ name: escapeValue(item?.name), relevance: escapeValue(item?.relevance) }))
    .filter((item): item is { name: string; relevance: string | null } => item.name !== null);
  if (strategies.length === 0) gaps.addMissing('strategies', 'concept-note');
  const visibility = escapeValue(note?.visibility);
  if (!visibility) gaps.addMissing('visibility', 'concept-note');
  const indicators = list(answers.monitoring?.indicators);
  if (indicators.some((i) => typeof i?.level !== 'string'))
    gaps.addMissing('indicatorLevels', 'concept-note');
  if (indicators.some((i) => i?.baseline === undefined || i?.baseline === null || i?.baseline === ''))
    gaps.addMissing('indicatorBaselines', 'concept-note');
  const facts = projectFacts(answers);
  const parties = answers.parties;
  const coApplicants = [parties?.prison?.name, ...list(parties?.others).map((o) => o?.name)]
    .map(escapeValue)
    .filter((name): name is string => name !== null);
  const placeholder = (field: string) => gaps.placeholder(field);
  return {
    objectives,
    activityGroups: activities.groups,
    activitiesGiven: activities.given,
    risks,
    budgetSummary,
    budget,
    budgetGiven: budget !== null || budgetSummary !== null,
    sustainability: gaps.optional(note?.sustainability, 'sustainability', 'concept-note'),
    timeline,
    strategies,
    visibility,
    scope: t(`render.scope.${scopeKey(services, facts.probation)}`),
    leadApplicant: escapeValue(parties?.cso?.name) ?? placeholder('csoName'),
    coApplicants,
    totalCost: budget?.total ?? null,
    requestedAmount: budget?.requested ?? null,
    logframe: logframeView(answers, t, fmt),
    assumptions: escapeList(indicators.map((i) => i?.assumptions)),
    gap: {
      objectives: placeholder('objectives'),
      budget: placeholder(budget ? 'budgetTotal' : 'budget'),
      strategies: placeholder('strategies'),
      visibility: placeholder('visibility'),
      rating: escapeMarkdown(t('render.gapShort')),
      services: placeholder('services'),
      indicators: placeholder('indicators'),
    },
  };
}

export function countryView(
  answers: DraftAnswers,
  ctx: { t: Translate; fmt: Formatters },
  profile?: ProfileInput,
): CountryView {
  const { t, fmt } = ctx;
  const code = answers.country;
  const cleaned = typeof code === 'string' ? code.trim().toUpperCase() : '';
  const facts = projectFacts(answers);
  const background = citedParagraphs(profile?.background, facts, t);
  const relevance = citedParagraphs(profile?.relevance, facts, t);
  return {
    code: escapeValue(cleaned) ?? '',
    name: escapeValue(profile?.name) ?? (cleaned ? (escapeValue(fmt.country(cleaned)) ?? '') : ''),
    background,
    relevance,
    hasProfile: background.length + relevance.length > 0,
  };
}

/** A point of `check` as the donor reads it: what is open, never what to type or run. */
function openPoint(id: string, section: string, t: Translate): string {
  const key = `render.openPoint.${id}`;
  const phrase = t(key);
  const point = phrase === key ? t('render.openPoint.other') : phrase;
  // Each point is a list item of its own, so it starts with a capital letter.
  return t('render.openPointItem', { point: capitalise(point), section });
}

export function readinessView(
  report: CheckReport | undefined,
  t: Translate,
  fmt: Formatters,
): ReadinessView | null {
  if (!report) return null;
  const openPoints: OpenPointView[] = [];
  const areas = report.areas.map((area, index) => {
    const missing = escapeList(area.missing);
    const errors = area.advice.filter((advice) => advice.severity === 'error');
    for (const advice of area.advice.filter((a) => a.severity !== 'advice'))
      openPoints.push({ area: index + 1, text: escapeMarkdown(openPoint(advice.id, advice.section, t)) });
    const annexKey = errors.length > 0 ? 'to-correct' : area.status;
    return {
      number: index + 1,
      title: escapeValue(area.title) ?? '',
      status: labelOf(t, 'status', area.status),
      statusKey: annexKey,
      missing,
      missingText: missing.length > 0 ? fmt.list(missing) : null,
      annexStatus: t(`render.annexStatus.${annexKey}`),
      advice: area.advice.map((advice) => ({
        message: escapeValue(advice.message) ?? '',
        section: escapeValue(advice.section) ?? '',
        severity: labelOf(t, 'severity', advice.severity),
      })),
    };
  });
  return {
    ready: report.summary.ready,
    answered: areas.filter((area) => area.statusKey === 'complete').length,
    openPoints,
    errors: report.summary.errors,
    warnings: report.summary.warnings,
    advice: report.summary.advice,
    areas,
  };
}

/**
 * What of `check`'s advice belongs in a document's draft list. The memorandum leaves out the
 * concept note's own advice (budget, logframe, risks: nothing a lawyer signs) and the list of
 * default wording, which its draft already lists item by item just above.
 */
const ADVICE_FOR: Record<'mou' | 'concept-note', (id: string) => boolean> = {
  mou: (id) => !id.startsWith('concept-note.') && id !== 'memorandum.default-wording',
  'concept-note': () => true,
};

/** Open advice as lines for the draft's "to complete" list of `document`: errors and warnings first. */
export function openAdvice(
  report: CheckReport | undefined,
  t: Translate,
  document: 'mou' | 'concept-note',
): string[] {
  if (!report) return [];
  const rank = { error: 0, warning: 1, advice: 2 } as const;
  return report.areas
    .flatMap((area) => area.advice)
    .filter((advice) => ADVICE_FOR[document](advice.id))
    .sort((a, b) => rank[a.severity] - rank[b.severity])
    .map((advice) => t('render.adviceItem', { message: advice.message, section: advice.section }));
}
