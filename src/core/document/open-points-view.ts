/** The roundtable's disputed and parked points as the draft's annex shows them. */
import type { DraftAnswers } from '../answers/types.js';
import { openPoints, pointLabel, pointPattern } from '../answers/roundtable.js';
import type { Translate } from '../i18n/translate.js';
import { escapeMarkdown } from './markdown-escape.js';
import type { RoundtablePointView } from './types.js';

/**
 * The answer's name in the document's language: the pack's `render.openPoints.field.<pattern>`
 * ("Who delivers a service (entry 2)"); a pattern the pack does not name falls back to the
 * interview's label, and that to the path.
 */
function documentLabel(path: string, t: Translate): string {
  const { pattern, entries } = pointPattern(path);
  const key = `render.openPoints.field.${pattern}`;
  const label = t(key);
  if (label === key) return pointLabel(path, t);
  return entries.length > 0 ? `${label} (${t('render.openPoints.entry', { n: entries.join('.') })})` : label;
}

export function openPointsView(answers: DraftAnswers, t: Translate): RoundtablePointView[] {
  return openPoints(answers).map((point) => ({
    label: escapeMarkdown(documentLabel(point.path, t)),
    status: t(`render.openPoints.${point.status}`),
    disputed: point.status === 'disputed',
    by: point.by === undefined ? null : escapeMarkdown(point.by),
    reason: point.reason === undefined ? null : escapeMarkdown(point.reason),
  }));
}
