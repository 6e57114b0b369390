/** The roundtable's disputed and parked points as the draft's annex shows them. */
import type { DraftAnswers } from '../answers/types.js';
import { openPoints, pointLabel } from '../answers/roundtable.js';
import type { Translate } from '../i18n/translate.js';
import { escapeMarkdown } from './markdown-escape.js';
import type { RoundtablePointView } from './types.js';

export function openPointsView(answers: DraftAnswers, t: Translate): RoundtablePointView[] {
  return openPoints(answers).map((point) => ({
    label: escapeMarkdown(pointLabel(point.path, t)),
    status: t(`render.openPoints.${point.status}`),
    disputed: point.status === 'disputed',
    by: point.by === undefined ? null : escapeMarkdown(point.by),
    reason: point.reason === undefined ? null : escapeMarkdown(point.reason),
  }));
}
