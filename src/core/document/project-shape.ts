/**
 * What kind of project the answers describe, so the memorandum says only what fits it: a
 * staff-training exchange has no clients, so no clauses on clients' consent, release or parole;
 * a project without services after release makes no promise about life after release. Read
 * loosely: `check` asks the same questions of half-done files.
 */
import type { DraftAnswers } from '../answers/types.js';

type Loose = Record<string, unknown>;

const TRAINING =
  /\b(training|workshop|seminar|exchange visit|study visit|capacity building)\b|обучени|тренинг|семинар|стажировк|учебн\S* визит|повышени\S* квалификации/iu;
const RELEASE_TYPES = new Set(['pre-release-preparation', 'post-release-support', 'overdose-prevention']);

function services(answers: DraftAnswers): Loose[] {
  const list = (answers as Loose | null)?.services;
  return Array.isArray(list) ? list.filter((s): s is Loose => typeof s === 'object' && s !== null) : [];
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A service for staff, not for people in prison: an "other" service that is a training. */
export function isStaffService(service: Loose): boolean {
  if (service.type !== 'other' && service.type !== undefined) return false;
  return TRAINING.test(`${textOf(service.name)} ${textOf(service.description)}`);
}

/** True unless every service of the file is staff training (a file with no services yet counts as a client project). */
export function hasClientServices(answers: DraftAnswers): boolean {
  const all = services(answers);
  return all.length === 0 || all.some((service) => !isStaffService(service));
}

/** Services for clients that reach release or the time after it. */
export function hasReleaseServices(answers: DraftAnswers): boolean {
  const group = (answers as Loose | null)?.targetGroup as Loose | null | undefined;
  const populations: unknown[] = Array.isArray(group?.populations) ? group.populations : [];
  return (
    services(answers).some(
      (s) =>
        !isStaffService(s) &&
        (s.setting === 'after-release' || s.setting === 'both' || RELEASE_TYPES.has(textOf(s.type))),
    ) || populations.includes('people-preparing-for-release')
  );
}

/** The longest follow-up after release any service promises, in months (0 when none). */
export function longestFollowUp(answers: DraftAnswers): { months: number; service: string | null } {
  let best = { months: 0, service: null as string | null };
  for (const service of services(answers)) {
    const months = service.followUpMonths;
    if (typeof months === 'number' && months > best.months) {
      best = { months, service: textOf(service.name) || textOf(service.id) || null };
    }
  }
  return best;
}
