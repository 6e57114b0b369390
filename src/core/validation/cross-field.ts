/** Rules across fields that a JSON Schema cannot express: unique service ids, valid referrals. */
import type { LoadResult } from '../answers/load.js';
import type { Translate } from '../i18n/translate.js';
import { suggest } from './describe.js';
import { locate } from './locate.js';
import type { Problem } from './problem.js';

type Loaded = Required<LoadResult>;

interface ServiceLike {
  id?: unknown;
  referralsTo?: unknown;
}

function services(loaded: Loaded): ServiceLike[] {
  const list = (loaded.data as { services?: unknown }).services;
  return Array.isArray(list) ? (list as ServiceLike[]).map((s) => (s && typeof s === 'object' ? s : {})) : [];
}

function duplicateIds(loaded: Loaded, t: Translate): Problem[] {
  const firstLine = new Map<string, number>();
  const problems: Problem[] = [];
  services(loaded).forEach((service, index) => {
    if (typeof service.id !== 'string') return;
    const segments = ['services', String(index), 'id'];
    const position = locate(loaded.document, loaded.lineCounter, segments);
    const earlier = firstLine.get(service.id);
    if (earlier === undefined) {
      firstLine.set(service.id, position.line);
      return;
    }
    problems.push({
      ...position,
      path: `/services/${index}/id`,
      code: 'duplicate-id',
      message: t('validation.duplicateId', { id: service.id, line: earlier }),
    });
  });
  return problems;
}

/** Ids named in a message: a few, then how many more (3,000 referrals once printed 60 MB). */
const LISTED_IDS = 5;

function knownIds(ids: readonly string[], t: Translate): string {
  if (ids.length === 0) return '—';
  const listed = ids.slice(0, LISTED_IDS).join(', ');
  return ids.length > LISTED_IDS
    ? t('validation.idsAndMore', { listed, count: ids.length - LISTED_IDS })
    : listed;
}

function danglingReferrals(loaded: Loaded, t: Translate): Problem[] {
  const list = services(loaded);
  const ids = [...new Set(list.map((s) => s.id).filter((id): id is string => typeof id === 'string'))];
  const known = new Set(ids);
  const listed = knownIds(ids, t);
  const problems: Problem[] = [];
  list.forEach((service, index) => {
    if (!Array.isArray(service.referralsTo)) return;
    service.referralsTo.forEach((target: unknown, position: number) => {
      if (typeof target !== 'string' || known.has(target)) return;
      const segments = ['services', String(index), 'referralsTo', String(position)];
      const hint = suggest(target, ids);
      const message =
        t('validation.referral', { id: target, known: listed }) +
        (hint ? ` ${t('validation.didYouMean', { value: hint })}` : '');
      problems.push({
        ...locate(loaded.document, loaded.lineCounter, segments),
        path: `/${segments.join('/')}`,
        code: 'referral',
        message,
      });
    });
  });
  return problems;
}

export function crossFieldProblems(loaded: Loaded, t: Translate): Problem[] {
  return [...duplicateIds(loaded, t), ...danglingReferrals(loaded, t)];
}
