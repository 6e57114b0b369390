/**
 * What the concept note needs beyond the five areas, so that a donor does not send it back:
 * a logframe with result levels, objectives, rated risks, a budget with a total, and the
 * strategies the project serves (issue 12; donor practice as in EU PRAG Annex A.1).
 */
import { isFilled, record, records, text, texts, type AnswersView } from '../read.js';
import type { Rule, RuleInput } from '../types.js';
import { budgetCurrency } from '../../document/budget-view.js';

const LEVELS = ['impact', 'outcome', 'output'];
const RATINGS = ['low', 'medium', 'high'];

function conceptNote(input: RuleInput): Record<string, unknown> {
  return record(record(input.answers).conceptNote);
}

/** Concept-note advice waits until the partners have begun the checklist: an empty file has enough to say. */
function begun(view: AnswersView): boolean {
  return [view.targetGroup, view.services, view.civilSociety, view.responsibilities, view.monitoring].some(
    isFilled,
  );
}

/** The rule's check, run only once the checklist is begun. */
function once(check: Rule['check']): Rule['check'] {
  return (input) => (begun(input.view) ? check(input) : undefined);
}

function names(items: { name: string | undefined; index: number }[], t: RuleInput['t']): string {
  return items.map(({ name, index }) => t('check.quoted', { name: name ?? `#${index + 1}` })).join(', ');
}

const RULES: Rule[] = [
  {
    id: 'concept-note.indicator-level',
    severity: 'warning',
    area: 'monitoring',
    section: ['6.4/5', 'std:donor-concept-note'],
    check: ({ view, t }) => {
      const unlevelled = view.indicators
        .map((indicator, index) => ({ name: text(indicator.name), index, level: text(indicator.level) }))
        .filter((item) => !LEVELS.includes(item.level ?? ''));
      return unlevelled.length > 0
        ? { indicators: names(unlevelled, t), count: unlevelled.length }
        : undefined;
    },
  },
  {
    id: 'concept-note.objectives',
    severity: 'warning',
    area: 'monitoring',
    section: ['6.4', 'std:donor-concept-note'],
    check: (input) => (texts(conceptNote(input).objectives).length === 0 ? {} : undefined),
  },
  {
    id: 'concept-note.risk-rating',
    severity: 'warning',
    area: 'monitoring',
    section: ['6.1', 'std:donor-concept-note'],
    check: (input) => {
      const risks = records(conceptNote(input).risks);
      if (risks.length === 0) return { detail: input.t('check.riskDetail.none') };
      const unrated = risks
        .map((risk, index) => ({ name: text(risk.risk), index, risk }))
        .filter(
          ({ risk }) =>
            !RATINGS.includes(text(risk.likelihood) ?? '') || !RATINGS.includes(text(risk.impact) ?? ''),
        );
      return unrated.length > 0
        ? { detail: input.t('check.riskDetail.unrated', { risks: names(unrated, input.t) }) }
        : undefined;
    },
  },
  {
    id: 'concept-note.budget-total',
    severity: 'warning',
    area: 'responsibilities',
    section: ['6.4/4', 'std:donor-concept-note'],
    check: (input) => {
      const lines = records(conceptNote(input).budget).filter(
        (line) => text(line.category) !== undefined && typeof line.amount === 'number',
      );
      if (lines.length === 0) return { reason: input.t('check.budgetReason.none') };
      const currency = budgetCurrency(lines.map((line) => ({ currency: text(line.currency) ?? null })));
      return currency ? undefined : { reason: input.t('check.budgetReason.currency') };
    },
  },
  {
    id: 'concept-note.strategies',
    severity: 'warning',
    area: 'services',
    section: ['8', 'std:donor-concept-note'],
    check: (input) =>
      records(conceptNote(input).strategies).some((item) => text(item.name) !== undefined) ? undefined : {},
  },
  {
    id: 'concept-note.visibility',
    severity: 'advice',
    area: 'responsibilities',
    section: ['6.4/4', 'std:donor-concept-note'],
    check: (input) => (text(conceptNote(input).visibility) === undefined ? {} : undefined),
  },
];

export const conceptNoteRules: Rule[] = RULES.map((rule) => ({ ...rule, check: once(rule.check) }));
