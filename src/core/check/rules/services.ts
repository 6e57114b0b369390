/** Checklist area 2: which services, how they relate, who delivers and who authorises them (6.4). */
import type { Service } from '../../answers/types.js';
import { HEALTH_INSTITUTION, PROBATION, mentionsAny } from '../keywords.js';
import { text, texts, type Loose } from '../read.js';
import type { Rule, RuleInput } from '../types.js';
import {
  AUTHORISATION_CRITICAL,
  MEDICAL_TYPES,
  hasAfterReleaseService,
  projectTexts,
  servicesWhere,
} from './facts.js';

function refers(service: Loose<Service>): boolean {
  return texts(service.referralsTo).length > 0;
}

function authorisedByHealth(service: Loose<Service>): boolean {
  return mentionsAny(texts(service.authorisedBy), HEALTH_INSTITUTION);
}

/** Names of the services of `types` that no health institution authorises. */
function unauthorised({ view, t }: RuleInput, types: readonly string[]) {
  return servicesWhere(
    view,
    t,
    (service) => types.includes(text(service.type) ?? '') && !authorisedByHealth(service),
  );
}

export const servicesRules: Rule[] = [
  {
    id: 'services.medical-authorisation',
    severity: 'error',
    area: 'services',
    section: ['6.4/2'],
    check: (input) => unauthorised(input, AUTHORISATION_CRITICAL),
  },
  {
    id: 'services.health-authorisation',
    severity: 'warning',
    area: 'services',
    section: ['6.4/2'],
    check: (input) =>
      unauthorised(
        input,
        MEDICAL_TYPES.filter((type) => !AUTHORISATION_CRITICAL.includes(type)),
      ),
  },
  {
    id: 'services.continuity-after-release',
    severity: 'warning',
    area: 'services',
    section: ['7', '8'],
    check: ({ view }) => {
      if (view.services.length === 0 || hasAfterReleaseService(view)) return undefined;
      const onProbation = view.populations.includes('people-on-probation');
      return onProbation || mentionsAny(projectTexts(view), PROBATION) ? undefined : {};
    },
  },
  {
    id: 'services.case-management-referrals',
    severity: 'advice',
    area: 'services',
    section: ['6.4/2'],
    check: ({ view, t }) =>
      servicesWhere(view, t, (service) => text(service.type) === 'case-management' && !refers(service)),
  },
  {
    id: 'services.relations',
    severity: 'advice',
    area: 'services',
    section: ['6.4/2'],
    check: ({ view }) => (view.services.length > 1 && !view.services.some(refers) ? {} : undefined),
  },
];
