/**
 * Sources of advice, written compactly in rules and data and translated for display:
 * `6.4/2` → "6.4 (area 2)", `9` → "9", all protocol refs under one "protocol …" prefix;
 * `std:bangkok` → "Bangkok Rules", `std:mandela:24` → "Nelson Mandela Rules r.24".
 * Example: ['5.3 (a)', '6.4/2', 'std:bangkok'] → "protocol 5.3 (a), 6.4 (area 2); Bangkok Rules".
 */
import type { Translate } from '../i18n/translate.js';
import type { SectionRef } from './types.js';

function standard(ref: SectionRef, t: Translate): string {
  const [, id, rule] = ref.split(':');
  const name = t(`check.standard.${id}`);
  return rule ? t('check.section.standardRule', { standard: name, rule }) : name;
}

function protocolItem(ref: SectionRef, t: Translate): string {
  const [section, area] = ref.split('/');
  return area ? t('check.section.area', { section, area }) : ref;
}

export function formatSection(refs: readonly SectionRef[], t: Translate): string {
  const protocol = refs.filter((ref) => !ref.startsWith('std:')).map((ref) => protocolItem(ref, t));
  const parts = protocol.length > 0 ? [t('check.section.protocol', { section: protocol.join(', ') })] : [];
  for (const ref of refs.filter((item) => item.startsWith('std:'))) parts.push(standard(ref, t));
  return parts.join('; ');
}
