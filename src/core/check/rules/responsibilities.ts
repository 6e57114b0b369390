/** Checklist area 4: who does what, as the memorandum will say it (6.4). */
import type { Service } from '../../answers/types.js';
import { CONSENT, mentionsAny } from '../keywords.js';
import { sharesStem } from '../match.js';
import { hasText, record, text, texts, type AnswersView, type Loose } from '../read.js';
import type { Rule } from '../types.js';
import { healthServicesInvolved, quoteList, servicesWhere, serviceWords, started } from './facts.js';

/** The commitments that could cover a service, by who implements it. */
function commitmentsFor(service: Loose<Service>, view: AnswersView): string[] | undefined {
  const duties = view.responsibilities;
  switch (text(service.implementer)) {
    case 'prison':
      return [...texts(duties.prison), ...texts(duties.joint)];
    case 'cso':
      return [...texts(duties.cso), ...texts(duties.joint)];
    case 'joint':
      return [...texts(duties.joint), ...texts(duties.prison), ...texts(duties.cso)];
    default:
      // Health services and others are not parties to the memorandum: nothing to trace here.
      return undefined;
  }
}

function focalPointMissing(party: Record<string, unknown>): boolean {
  return !hasText(record(party.focalPoint).name);
}

export const responsibilitiesRules: Rule[] = [
  {
    id: 'responsibilities.service-commitment',
    severity: 'warning',
    area: 'responsibilities',
    section: ['6.4/2', '6.4/4'],
    check: ({ view, t }) => {
      if (!started(view, 'responsibilities')) return undefined;
      return servicesWhere(view, t, (service) => {
        const duties = commitmentsFor(service, view);
        return duties !== undefined && !sharesStem(serviceWords(service), duties);
      });
    },
  },
  {
    id: 'responsibilities.data-protection-health',
    severity: 'error',
    area: 'responsibilities',
    section: ['std:mandela'],
    check: ({ view }) =>
      healthServicesInvolved(view) && !hasText(view.responsibilities.dataProtection) ? {} : undefined,
  },
  {
    id: 'responsibilities.data-protection',
    severity: 'advice',
    area: 'responsibilities',
    section: ['std:mandela'],
    check: ({ view }) =>
      started(view, 'responsibilities') &&
      !healthServicesInvolved(view) &&
      !hasText(view.responsibilities.dataProtection)
        ? {}
        : undefined,
  },
  {
    id: 'responsibilities.consent',
    severity: 'warning',
    area: 'responsibilities',
    section: ['std:mandela'],
    check: ({ view }) => {
      const arrangement = text(view.responsibilities.dataProtection);
      return arrangement && !mentionsAny([arrangement], CONSENT) ? {} : undefined;
    },
  },
  {
    id: 'responsibilities.coordination',
    severity: 'warning',
    area: 'responsibilities',
    section: ['5.3 (d)', '7'],
    check: ({ view }) => {
      if (!started(view, 'responsibilities')) return undefined;
      const coordination = record(view.responsibilities.coordination);
      return hasText(coordination.meetings) || hasText(coordination.workingGroup) ? undefined : {};
    },
  },
  {
    id: 'responsibilities.focal-points',
    severity: 'warning',
    area: 'responsibilities',
    section: ['5.3 (d)'],
    check: ({ view, t }) => {
      const missing = [
        ...(hasText(view.prison.name) && focalPointMissing(view.prison) ? [text(view.prison.name)!] : []),
        ...(hasText(view.cso.name) && focalPointMissing(view.cso) ? [text(view.cso.name)!] : []),
      ];
      return missing.length > 0 ? { parties: quoteList(missing, t) } : undefined;
    },
  },
  {
    id: 'responsibilities.termination-notice',
    severity: 'warning',
    area: 'responsibilities',
    section: ['6.4/4'],
    check: ({ view }) =>
      started(view, 'responsibilities') && !hasText(record(view.responsibilities.termination).noticeDays)
        ? {}
        : undefined,
  },
  {
    id: 'responsibilities.funding',
    severity: 'advice',
    area: 'responsibilities',
    section: ['5.3 (c)', '7'],
    check: ({ view }) =>
      started(view, 'responsibilities') && !hasText(view.responsibilities.funding) ? {} : undefined,
  },
];
