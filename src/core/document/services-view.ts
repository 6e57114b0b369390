/**
 * Checklist area 2 for the documents: the service table (who implements, who authorises), the
 * referral pathways drawn from `referralsTo`, and the concept note's activities grouped by where
 * they happen (in prison, around release, after release).
 */
import type { DraftAnswers } from '../answers/types.js';
import type { Translate } from '../i18n/translate.js';
import type { Formatters } from './format.js';
import type { GapCollector } from './gaps.js';
import { labelOf } from './labels.js';
import { escapeList, escapeValue, list } from './markdown-escape.js';
import type { ActivityGroupView, ActivityView, PathwayView, ServiceView } from './types.js';

type DraftService = NonNullable<DraftAnswers['services']>[number];

function serviceView(
  service: DraftService,
  index: number,
  names: Map<string, string>,
  ctx: { t: Translate; fmt: Formatters; gaps: GapCollector },
): ServiceView {
  const { t, fmt, gaps } = ctx;
  const authorisedBy = escapeList(service.authorisedBy);
  const referrals = list(service.referralsTo)
    .map((id) => (id === undefined ? undefined : names.get(id)))
    .filter((name): name is string => name !== undefined);
  const setting = service.setting ?? 'in-prison';
  const name = names.get(service.id ?? '') ?? gaps.required(service.name, 'serviceName');
  const type = service.type
    ? labelOf(t, 'serviceType', service.type)
    : gaps.required(undefined, 'serviceType');
  return {
    number: index + 1,
    id: escapeValue(service.id) ?? String(index + 1),
    name,
    type,
    typeKey: service.type ?? 'other',
    typeNote: name.toLocaleLowerCase().includes(type.toLocaleLowerCase()) ? null : type,
    description: escapeValue(service.description),
    implementer: service.implementer
      ? labelOf(t, 'implementer', service.implementer)
      : gaps.required(undefined, 'serviceImplementer'),
    implementerKey: service.implementer ?? 'other',
    staff: escapeValue(service.staff),
    authorisedBy,
    authorisedByText: authorisedBy.length > 0 ? fmt.list(authorisedBy) : null,
    setting: labelOf(t, 'setting', setting),
    settingKey: setting,
    referrals,
    referralsText: referrals.length > 0 ? fmt.list(referrals) : null,
  };
}

export function servicesView(
  answers: DraftAnswers,
  ctx: { t: Translate; fmt: Formatters; gaps: GapCollector },
): ServiceView[] {
  const services = list(answers.services).filter(
    (s): s is DraftService => s !== null && typeof s === 'object',
  );
  if (services.length === 0) {
    ctx.gaps.addMissing('services');
    return [];
  }
  const names = new Map<string, string>();
  for (const service of services) {
    const name = escapeValue(service.name);
    if (service.id && name) names.set(service.id, name);
  }
  return services.map((service, index) => serviceView(service, index, names, ctx));
}

export function pathwaysView(answers: DraftAnswers, services: ServiceView[]): PathwayView[] {
  const byId = new Map(services.map((s, i) => [answers.services?.[i]?.id, s]));
  const pathways: PathwayView[] = [];
  for (const [i, service] of services.entries()) {
    for (const id of list(answers.services?.[i]?.referralsTo)) {
      const target = byId.get(id);
      if (!target) continue;
      pathways.push({
        from: service.name,
        to: target.name,
        fromImplementer: service.implementer,
        toImplementer: target.implementer,
      });
    }
  }
  return pathways;
}

const RELEASE_TYPES = new Set([
  'pre-release-preparation',
  'overdose-prevention',
  'legal-and-documents-support',
]);

function activityGroupOf(service: ServiceView): 'in-prison' | 'release' | 'after-release' {
  if (service.settingKey === 'after-release') return 'after-release';
  if (RELEASE_TYPES.has(service.typeKey) || service.settingKey === 'both') return 'release';
  return 'in-prison';
}

/**
 * The concept note's activities: the ones given under `conceptNote.activities`, else one line
 * per service grouped by where it happens, plus the joint commitments as coordination work.
 */
export function activityGroupsView(
  answers: DraftAnswers,
  services: ServiceView[],
  t: Translate,
): { groups: ActivityGroupView[]; given: boolean } {
  const plain = (name: string): ActivityView => ({ name, description: null, implementer: null });
  const given = escapeList(answers.conceptNote?.activities).map(plain);
  if (given.length > 0) {
    return {
      groups: [{ key: 'given', title: labelOf(t, 'activityGroup', 'given'), items: given }],
      given: true,
    };
  }
  const order = ['in-prison', 'release', 'after-release', 'coordination'] as const;
  const items = new Map<string, ActivityView[]>(order.map((key) => [key, []]));
  for (const service of services) {
    items.get(activityGroupOf(service))!.push({
      name: service.name,
      description: service.description ?? service.typeNote,
      implementer: service.implementer,
    });
  }
  items.get('coordination')!.push(...escapeList(answers.responsibilities?.joint).map(plain));
  const groups = order
    .filter((key) => items.get(key)!.length > 0)
    .map((key) => ({ key, title: labelOf(t, 'activityGroup', key), items: items.get(key)! }));
  return { groups, given: false };
}

/** Every state body that authorises a service, once each, in order of appearance. */
export function authoritiesView(services: ServiceView[]): string[] {
  return [...new Set(services.flatMap((service) => service.authorisedBy))];
}
