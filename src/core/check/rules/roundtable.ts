/**
 * The roundtable's open points (see `core/answers/roundtable.ts`), listed in their area: a
 * disputed answer is a warning (the documents should not be final while it stands), a parked
 * one is advice.
 */
import { areaOfPath, openPoints, pointLabel } from '../../answers/roundtable.js';
import type { AreaId } from '../../answers/types.js';
import type { Advice, RuleInput } from '../types.js';

export function roundtableAdvice(input: RuleInput): { area: AreaId; advice: Advice }[] {
  const { t } = input;
  return openPoints(input.answers).map((point) => ({
    area: areaOfPath(point.path),
    advice: {
      id: `roundtable.${point.status}`,
      severity: point.status === 'disputed' ? 'warning' : 'advice',
      message: t(`check.rule.roundtable.${point.status}`, {
        label: pointLabel(point.path, t),
        path: point.path,
        by: point.by ?? t('check.roundtable.nobody'),
        reason: point.reason ?? t('check.roundtable.noReason'),
      }),
      section: t('check.roundtable.source'),
    },
  }));
}
