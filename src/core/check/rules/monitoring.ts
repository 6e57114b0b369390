/** Checklist area 5: quality assurance, monitoring and the clients' part in it (6.4). */
import type { Indicator } from '../../answers/types.js';
import { sharesStem } from '../match.js';
import { allText, hasText, text, type Loose } from '../read.js';
import type { Rule } from '../types.js';
import { servicesWhere, serviceWords, started } from './facts.js';

/** The parts of an indicator a logframe needs, in the order the message lists them. */
export const INDICATOR_PARTS = ['baseline', 'target', 'frequency', 'source', 'responsible'] as const;

function missingParts(indicator: Loose<Indicator>): string[] {
  return INDICATOR_PARTS.filter((part) => !hasText(indicator[part]));
}

export const monitoringRules: Rule[] = [
  {
    id: 'monitoring.client-involvement',
    severity: 'warning',
    area: 'monitoring',
    section: ['6.4/5'],
    check: ({ view }) =>
      started(view, 'monitoring') && !hasText(view.monitoring.clientInvolvement) ? {} : undefined,
  },
  {
    id: 'monitoring.indicator-incomplete',
    severity: 'warning',
    area: 'monitoring',
    section: ['6.4/5'],
    check: ({ view, t }) => {
      const items = view.indicators
        .map((indicator, index) => ({ indicator, index, parts: missingParts(indicator) }))
        .filter(({ parts }) => parts.length > 0)
        .map(({ indicator, index, parts }) =>
          t('check.indicatorGaps', {
            name: text(indicator.name) ?? `#${index + 1}`,
            parts: parts.map((part) => t(`check.indicatorPart.${part}`)).join(', '),
          }),
        );
      return items.length > 0 ? { indicators: items.join('; ') } : undefined;
    },
  },
  {
    id: 'monitoring.service-indicator',
    severity: 'warning',
    area: 'monitoring',
    section: ['6.4/2', '6.4/5'],
    check: ({ view, t }) => {
      if (view.indicators.length === 0) return undefined;
      const indicatorTexts = view.indicators.flatMap((indicator) => [
        ...allText(indicator.name),
        ...allText(indicator.definition),
      ]);
      return servicesWhere(view, t, (service) => !sharesStem(serviceWords(service), indicatorTexts));
    },
  },
  {
    id: 'monitoring.cso-involvement',
    severity: 'advice',
    area: 'monitoring',
    section: ['6.4/5'],
    check: ({ view }) => {
      if (view.indicators.length === 0) return undefined;
      const shared = view.indicators.some((indicator) =>
        ['cso', 'joint'].includes(text(indicator.responsible) ?? ''),
      );
      return shared ? undefined : {};
    },
  },
  {
    id: 'monitoring.evaluation',
    severity: 'advice',
    area: 'monitoring',
    section: ['6.4/5'],
    check: ({ view }) =>
      started(view, 'monitoring') && !hasText(view.monitoring.evaluation) ? {} : undefined,
  },
];
