/**
 * The concept note's logframe: every indicator of area 5 under its result level (overall
 * objective = impact, specific objective = outcome, output), with its assumptions and the
 * breakdowns the figures are disaggregated by. An indicator without a level or a baseline keeps
 * its row, with a "to complete" marker where the answer is missing.
 */
import { RESULT_LEVELS, type DraftAnswers } from '../answers/types.js';
import type { Translate } from '../i18n/translate.js';
import type { Formatters } from './format.js';
import { escapeMarkdown, escapeValue, list } from './markdown-escape.js';
import type { LogframeRowView } from './types.js';

function measure(value: unknown, fmt: Formatters): string | null {
  return typeof value === 'number' ? fmt.number(value) : escapeValue(value);
}

function disaggregationText(value: unknown, t: Translate, fmt: Formatters): string | null {
  const items = list(value as unknown[])
    .filter((item): item is string => typeof item === 'string' && item.trim() !== '')
    .map((item) => {
      const key = `render.disaggregation.${item.trim()}`;
      const label = t(key);
      return label === key ? escapeMarkdown(item) : label;
    });
  return items.length > 0 ? t('render.disaggregatedBy', { items: fmt.list(items) }) : null;
}

export function logframeView(answers: DraftAnswers, t: Translate, fmt: Formatters): LogframeRowView[] {
  const marker = escapeMarkdown(t('render.gapShort'));
  const rows = list(answers.monitoring?.indicators).map((indicator, index) => {
    const levelKey = RESULT_LEVELS.find((level) => level === indicator?.level) ?? null;
    return {
      number: index + 1,
      level: levelKey ? t(`render.level.${levelKey}`) : marker,
      levelKey,
      name:
        escapeValue(indicator?.name) ??
        escapeMarkdown(t('render.gap', { what: t('render.field.indicatorName') })),
      definition: escapeValue(indicator?.definition),
      disaggregation: disaggregationText(indicator?.disaggregation, t, fmt),
      baseline: measure(indicator?.baseline, fmt) ?? marker,
      target: measure(indicator?.target, fmt),
      source: escapeValue(indicator?.source),
      frequency: labelOrNull(t, 'frequency', indicator?.frequency),
      responsible: labelOrNull(t, 'responsible', indicator?.responsible),
      assumptions: escapeValue(indicator?.assumptions),
    };
  });
  const rank = (row: LogframeRowView) =>
    row.levelKey
      ? RESULT_LEVELS.indexOf(row.levelKey as (typeof RESULT_LEVELS)[number])
      : RESULT_LEVELS.length;
  // A stable sort: within a level the indicators keep the order of the answers file.
  return rows.sort((a, b) => rank(a) - rank(b));
}

function labelOrNull(t: Translate, group: string, value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const key = `render.${group}.${value.trim()}`;
  const label = t(key);
  return label === key ? escapeMarkdown(value) : label;
}
