/** Checklist area 1: who the participants are, what they need, how they take part (6.4). */
import type { NeedKind } from '../../answers/types.js';
import { GENDER_PROVISION, mentionsAny } from '../keywords.js';
import { allText, hasText, text, texts } from '../read.js';
import type { Rule, RuleInput } from '../types.js';
import { MEDICAL_TYPES, quoteList, started } from './facts.js';

/** Which service types answer which kind of need found by the survey (5.3 a); medical needs are met by the medical services. */
export const NEED_SERVICES: Record<NeedKind, readonly string[]> = {
  medical: MEDICAL_TYPES,
  psychological: [
    'psychosocial-counselling',
    'therapeutic-community',
    'twelve-step-group',
    'rehabilitation-programme',
    'peer-support',
  ],
  social: [
    'case-management',
    'legal-and-documents-support',
    'family-contact',
    'pre-release-preparation',
    'post-release-support',
    'peer-support',
  ],
  educational: ['education-and-vocational-training', 'pre-release-preparation', 'rehabilitation-programme'],
};

function womenInvolved({ view }: RuleInput): boolean {
  if (view.populations.includes('women')) return true;
  return view.project.institutions !== undefined && allText(view.project.institutions).includes('women');
}

/** Where gender-specific provisions would be written: needs, services, commitments. */
function provisionTexts({ view }: RuleInput): string[] {
  return [
    ...allText(view.needs),
    ...allText(view.services),
    ...allText(view.responsibilities),
    ...texts(view.targetGroup.prisonContext),
  ];
}

export const targetGroupRules: Rule[] = [
  {
    id: 'target-group.participation',
    severity: 'warning',
    area: 'target-group',
    section: ['6.4/1'],
    check: ({ view }) =>
      started(view, 'targetGroup') && !hasText(view.targetGroup.participation) ? {} : undefined,
  },
  {
    id: 'target-group.women-provisions',
    severity: 'warning',
    area: 'target-group',
    section: ['8', 'std:bangkok'],
    check: (input) => {
      if (!womenInvolved(input)) return undefined;
      const hasFamilyService = input.view.services.some((service) => text(service.type) === 'family-contact');
      return hasFamilyService || mentionsAny(provisionTexts(input), GENDER_PROVISION) ? undefined : {};
    },
  },
  {
    id: 'target-group.needs-unaddressed',
    severity: 'warning',
    area: 'target-group',
    section: ['5.3 (a)', '6.4/2'],
    check: ({ view, t }) => {
      if (view.services.length === 0) return undefined;
      const types = new Set(view.services.map((service) => text(service.type)));
      const open = (Object.keys(NEED_SERVICES) as NeedKind[]).filter(
        (kind) => view.needs[kind] && !NEED_SERVICES[kind].some((type) => types.has(type)),
      );
      if (open.length === 0) return undefined;
      const needs = open.flatMap((kind) => view.needs[kind] ?? []);
      return {
        kinds: open.map((kind) => t(`check.needKind.${kind}`)).join(', '),
        needs: quoteList(needs, t),
      };
    },
  },
];
