/**
 * Country advice: the conditions each country profile carries (data/countries/*.json) evaluated
 * against the answers, plus one rule shared by all profiles: point to the CSOs the protocol's
 * annex names when none of them takes part.
 */
import type { AdviceCondition, CountryProfile, KeywordSet } from '../../countries/types.js';
import { ENROLMENT, HEALTH_MINISTRY, MAHALLA, NARCOLOGY, PROBATION, mentionsAny } from '../keywords.js';
import { sameOrganisation } from '../match.js';
import { allText, text, texts } from '../read.js';
import type { Advice, Rule, RuleInput } from '../types.js';
import type { AreaId } from '../../answers/types.js';
import {
  hasAfterReleaseService,
  healthServicesInvolved,
  projectTexts,
  quoteList,
  writesRussian,
} from './facts.js';

const KEYWORDS: Record<KeywordSet, readonly string[]> = {
  'health-ministry': HEALTH_MINISTRY,
  narcology: NARCOLOGY,
  probation: PROBATION,
  enrolment: ENROLMENT,
  mahalla: MAHALLA,
};

function stemsOf(sets: readonly KeywordSet[]): string[] {
  return sets.flatMap((set) => KEYWORDS[set] ?? []);
}

/** True when every condition given holds; an empty condition never applies (a data slip). */
export function conditionHolds(when: AdviceCondition, { view, answers }: RuleInput): boolean {
  const checks: boolean[] = [];
  if (when.always !== undefined) checks.push(when.always);
  if (when.healthServices !== undefined) checks.push(healthServicesInvolved(view) === when.healthServices);
  if (when.serviceTypesAny) {
    const types = new Set(view.services.map((service) => text(service.type)));
    checks.push(when.serviceTypesAny.some((type) => types.has(type)));
  }
  if (when.afterRelease !== undefined) checks.push(hasAfterReleaseService(view) === when.afterRelease);
  if (when.mentionsNone) checks.push(!mentionsAny(projectTexts(view), stemsOf(when.mentionsNone)));
  if (when.russianDocument !== undefined) checks.push(writesRussian(answers) === when.russianDocument);
  if (when.indicatorsMentionNone) {
    checks.push(!mentionsAny(allText(view.indicators), stemsOf(when.indicatorsMentionNone)));
  }
  return checks.length > 0 && checks.every(Boolean);
}

/** The profile's own advice that applies to these answers, each with its area. */
export function countryAdvice(input: RuleInput): { area: AreaId; advice: Advice }[] {
  const profile = input.profile;
  if (!profile) return [];
  return profile.advice
    .filter((item) => conditionHolds(item.when, input))
    .map((item) => ({
      area: item.area,
      advice: { id: item.id, severity: item.severity, message: item.message, section: item.section },
    }));
}

function knownCsoInvolved(profile: CountryProfile, input: RuleInput): boolean {
  const named = [
    ...input.view.organisations.flatMap((org) => texts(org.name)),
    ...texts(input.view.cso.name),
    ...input.view.others.flatMap((other) => texts(other.name)),
  ];
  return profile.csos.some((cso) => sameOrganisation([cso.name, cso.originalName], named));
}

export const countryRules: Rule[] = [
  {
    id: 'country.known-csos',
    severity: 'advice',
    area: 'civil-society',
    section: ['12'],
    check: (input) => {
      const { profile, t } = input;
      if (!profile || profile.csos.length === 0 || knownCsoInvolved(profile, input)) return undefined;
      return {
        country: profile.name,
        organisations: quoteList(
          profile.csos.map((cso) => cso.name),
          t,
          profile.csos.length,
        ),
      };
    },
  },
];
