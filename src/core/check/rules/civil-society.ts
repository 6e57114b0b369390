/** Checklist area 3: which CSOs take part, their strengths and weaknesses, their access (6.4). */
import { hasText, text, texts } from '../read.js';
import type { Rule } from '../types.js';
import { quoteList, started } from './facts.js';

export const civilSocietyRules: Rule[] = [
  {
    id: 'civil-society.strengths-weaknesses',
    severity: 'warning',
    area: 'civil-society',
    section: ['6.4/3'],
    check: ({ view, t }) => {
      const names = view.organisations
        .map((org, index) => ({ org, label: text(org.name) ?? `#${index + 1}` }))
        .filter(({ org }) => texts(org.strengths).length === 0 || texts(org.weaknesses).length === 0)
        .map(({ label }) => label);
      return names.length > 0 ? { organisations: quoteList(names, t) } : undefined;
    },
  },
  {
    id: 'civil-society.access',
    severity: 'warning',
    area: 'civil-society',
    section: ['5.3 (d)', '7'],
    check: ({ view }) =>
      started(view, 'civilSociety') && !hasText(view.civilSociety.access) ? {} : undefined,
  },
  {
    id: 'civil-society.informing-administration',
    severity: 'advice',
    area: 'civil-society',
    section: ['6.4/3'],
    check: ({ view }) =>
      started(view, 'civilSociety') && !hasText(view.civilSociety.informingTheAdministration)
        ? {}
        : undefined,
  },
];
