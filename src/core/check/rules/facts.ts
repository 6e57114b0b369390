/** Facts about the answers that several rules share. */
import type { Service } from '../../answers/types.js';
import type { Translate } from '../../i18n/translate.js';
import { allText, isFilled, record, text, texts, type AnswersView, type Loose } from '../read.js';

/** Services that need a health institution's authorisation and handle health data. */
export const MEDICAL_TYPES: readonly string[] = [
  'opioid-agonist-therapy',
  'needle-syringe-programme',
  'hiv-testing-and-treatment',
  'hepatitis-c-treatment',
  'tuberculosis-care',
  'overdose-prevention',
];

/** Controlled medicines and harm reduction: running them without authorisation is unlawful. */
export const AUTHORISATION_CRITICAL: readonly string[] = [
  'opioid-agonist-therapy',
  'needle-syringe-programme',
];

export function isMedical(service: Loose<Service>): boolean {
  return MEDICAL_TYPES.includes(text(service.type) ?? '') || text(service.implementer) === 'health-service';
}

export function healthServicesInvolved(view: AnswersView): boolean {
  return view.services.some(isMedical);
}

export function runsAfterRelease(service: Loose<Service>): boolean {
  const setting = text(service.setting);
  return setting === 'after-release' || setting === 'both' || text(service.type) === 'post-release-support';
}

export function hasAfterReleaseService(view: AnswersView): boolean {
  return view.services.some(runsAfterRelease);
}

/** The name a message shows for a service: its name, else its id, else its position. */
function serviceLabel(service: Loose<Service>, index: number): string {
  return text(service.name) ?? text(service.id) ?? `#${index + 1}`;
}

/**
 * The `services` message parameter naming every service that `matches` (quoted, at most six),
 * or undefined when none does: the shape of every rule that flags individual services.
 */
export function servicesWhere(
  view: AnswersView,
  t: Translate,
  matches: (service: Loose<Service>) => boolean,
): { services: string } | undefined {
  const names = view.services.flatMap((service, index) =>
    matches(service) ? [serviceLabel(service, index)] : [],
  );
  return names.length > 0 ? { services: quoteList(names, t) } : undefined;
}

/** Words that describe a service, for matching it with commitments and indicators. */
export function serviceWords(service: Loose<Service>): string[] {
  const words = [service.name, service.description, service.id, service.type].map(text);
  return words.filter((word): word is string => word !== undefined).map((word) => word.replace(/-/g, ' '));
}

/** Whether the person or people answering have started an area (any answer under its key). */
export function started(
  view: AnswersView,
  area: 'targetGroup' | 'civilSociety' | 'responsibilities' | 'monitoring',
): boolean {
  return isFilled(view[area]);
}

/** Every text of the file except the target group's description: where partners are named. */
export function projectTexts(view: AnswersView): string[] {
  return [
    ...allText(view.prison),
    ...allText(view.cso),
    ...allText(view.others),
    ...allText(view.services),
    ...allText(view.civilSociety),
    ...allText(view.responsibilities),
    ...allText(view.monitoring),
    ...texts(view.targetGroup.participation),
  ];
}

/**
 * Quote and join names for a message: “A”, “B” in English, «A», «B» in Russian. Names that
 * carry their own quotation marks (Public foundation “Revanche”) are left as they are.
 */
export function quoteList(names: readonly string[], t: Translate, max = 6): string {
  const shown = names
    .slice(0, max)
    .map((name) => (/[“”«»"„]/.test(name) ? name : t('check.quoted', { name })));
  const rest = names.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} ${t('check.andMore', { count: rest })}` : shown.join(', ');
}

/** A Russian memorandum is written: `language: ru`, or ru among the `originals`. */
export function writesRussian(answers: unknown): boolean {
  const root = record(answers);
  const originals = Array.isArray(root.originals) ? root.originals : [];
  return text(root.language) === 'ru' || originals.includes('ru');
}
