/**
 * Sources of advice, written compactly in rules and data and translated for display:
 * `6.4/2` → "protocol 6.4 (area 2)", `9` → "protocol 9", `std:bangkok` → "Bangkok Rules",
 * `std:mandela:24` → "Mandela Rules r.24". Several refs are joined with "; ".
 */
import type { Translate } from '../i18n/translate.js';
import type { SectionRef } from './types.js';

function formatOne(ref: SectionRef, t: Translate): string {
  if (ref.startsWith('std:')) {
    const [, standard, rule] = ref.split(':');
    const name = t(`check.standard.${standard}`);
    return rule ? t('check.section.standardRule', { standard: name, rule }) : name;
  }
  const [section, area] = ref.split('/');
  return area ? t('check.section.area', { section, area }) : t('check.section.protocol', { section });
}

export function formatSection(refs: readonly SectionRef[], t: Translate): string {
  // "protocol 7; protocol 8" reads badly: collapse consecutive plain protocol sections.
  const plain = refs.filter((ref) => !ref.startsWith('std:') && !ref.includes('/'));
  const others = refs.filter((ref) => ref.startsWith('std:') || ref.includes('/'));
  const parts: string[] = [];
  if (plain.length > 0) parts.push(t('check.section.protocol', { section: plain.join(', ') }));
  for (const ref of others) parts.push(formatOne(ref, t));
  return parts.join('; ');
}
