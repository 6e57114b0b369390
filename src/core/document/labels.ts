/** Catalogue labels for the answers file's list words (service types, settings, frequencies…). */
import type { Translate } from '../i18n/translate.js';
import { escapeMarkdown } from './markdown-escape.js';

export type LabelGroup =
  | 'serviceType'
  | 'implementer'
  | 'setting'
  | 'institutionKind'
  | 'population'
  | 'populationGroup'
  | 'frequency'
  | 'responsible'
  | 'need'
  | 'activityGroup'
  | 'status'
  | 'severity';

/**
 * The label of `value` in `group` (`render.<group>.<value>`). Free text that is not a known list
 * word (populations may be free text) is returned escaped, as the user wrote it.
 */
export function labelOf(t: Translate, group: LabelGroup, value: unknown): string {
  const raw = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
  const key = `render.${group}.${raw}`;
  const text = t(key);
  return text === key ? escapeMarkdown(raw) : text;
}

/** Like `labelOf`, but null for an absent value. */
export function optionalLabel(t: Translate, group: LabelGroup, value: unknown): string | null {
  const label = labelOf(t, group, value);
  return label === '' ? null : label;
}
