/**
 * `check`: a readiness report on an answers file, complete or half-done. For each of the five
 * checklist areas (protocol 6.4) in protocol order: status, the required fields still missing,
 * and advice grounded in the protocol, international standards and the country profile.
 */
import { roundtableAdvice } from './rules/roundtable.js';
import { AREAS, type AreaId, type DraftAnswers } from '../answers/types.js';
import type { CountryProfile } from '../countries/types.js';
import type { Translate } from '../i18n/translate.js';
import { resolveLanguages, usesLanguageMaps } from '../answers/multilingual.js';
import { missingTextAdvice, type Locate } from './languages.js';
import { view } from './read.js';
import { areaCompleteness } from './required.js';
import { RULES, countryAdvice } from './rules/index.js';
import { formatSection } from './section.js';
import { SEVERITIES, type Advice, type AreaReport, type CheckReport, type RuleInput } from './types.js';

export type { Advice, AreaReport, AreaStatus, CheckReport, CheckSummary, Rule, Severity } from './types.js';
export { SEVERITIES } from './types.js';
export { RULES } from './rules/index.js';
export { formatSection } from './section.js';

/** An area's title from the lead's checklist catalogue, else from our own. */
export function areaTitle(number: number, t: Translate): string {
  const key = `checklist.area${number}.title`;
  const title = t(key);
  return title === key ? t(`check.area.${number}`) : title;
}

function requiredMissingAdvice(number: number, missing: string[], t: Translate): Advice {
  return {
    id: 'area.required-missing',
    severity: 'error',
    message: t('check.rule.area.required-missing', { count: missing.length, area: number }),
    section: formatSection(['6.4'], t),
  };
}

function adviceByArea(input: RuleInput): Map<AreaId, Advice[]> {
  const result = new Map<AreaId, Advice[]>(AREAS.map((area) => [area.id, []]));
  for (const rule of RULES) {
    const params = rule.check(input);
    if (!params) continue;
    result.get(rule.area)!.push({
      id: rule.id,
      severity: rule.severity,
      message: input.t(`check.rule.${rule.id}`, params),
      section: formatSection(rule.section, input.t),
    });
  }
  for (const { area, advice } of countryAdvice(input)) result.get(area)?.push(advice);
  for (const { area, advice } of roundtableAdvice(input)) result.get(area)?.push(advice);
  return result;
}

/** The answers as the rules read them: text in several languages taken in the file's language. */
function inFileLanguage(answers: DraftAnswers): DraftAnswers {
  if (!usesLanguageMaps(answers)) return answers;
  const lang = typeof answers?.language === 'string' && answers.language ? answers.language : 'en';
  return resolveLanguages(answers, { lang });
}

const bySeverity = (a: Advice, b: Advice) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity);

/**
 * Checks `answers` (which may be half-done or even mistyped: nothing here throws on missing
 * pieces) against the protocol. Pass the country profile for country advice; without one the
 * report simply has none.
 */
export function checkAnswers(
  source: DraftAnswers,
  t: Translate,
  profile?: CountryProfile,
  options: { locate?: Locate } = {},
): CheckReport {
  const answers = inFileLanguage(source);
  const input: RuleInput = { answers, view: view(answers), t, ...(profile ? { profile } : {}) };
  const advice = adviceByArea(input);
  for (const { area, advice: item } of missingTextAdvice(source, t, options.locate))
    advice.get(area)?.push(item);
  const areas: AreaReport[] = AREAS.map((area) => {
    const { status, missing } = areaCompleteness(area.id, input.view, t);
    const list = [
      ...(missing.length > 0 ? [requiredMissingAdvice(area.number, missing, t)] : []),
      ...advice.get(area.id)!,
    ];
    return { id: area.id, title: areaTitle(area.number, t), status, missing, advice: list.sort(bySeverity) };
  });
  const all = areas.flatMap((area) => area.advice);
  const count = (severity: string) => all.filter((item) => item.severity === severity).length;
  const errors = count('error');
  return {
    areas,
    summary: {
      errors,
      warnings: count('warning'),
      advice: count('advice'),
      ready: errors === 0 && areas.every((area) => area.status === 'complete'),
    },
  };
}
