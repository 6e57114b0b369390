/**
 * Roundtable marks: at a roundtable the parties agree some answers and dispute or park others.
 * The answers file keeps the marks as a list under `roundtable`, each naming its answer by the
 * path with list indexes (`services.1.implementer`):
 *
 *   roundtable:
 *     - { answer: services.1.implementer, status: disputed, by: Ministry of Health, reason: … }
 *
 * `check` lists the disputed and parked points per area, a draft adds them as an annex, and a
 * final render refuses while anything is disputed (unless `--allow-open`).
 */
import type { Translate } from '../i18n/translate.js';
import { AREAS, type AreaId } from './types.js';

export const MARK_STATUSES = ['agreed', 'disputed', 'parked'] as const;
export type MarkStatus = (typeof MARK_STATUSES)[number];

export interface RoundtableMark {
  status: MarkStatus;
  /** Who disputes it (a party, a person). */
  by?: string;
  /** Why it is disputed, or what a parked point waits for. */
  reason?: string;
}

export interface OpenPoint extends RoundtableMark {
  status: 'disputed' | 'parked';
  /** The answer's path, e.g. `services.1.implementer`. */
  path: string;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The marks of a (maybe half-done, maybe mistyped) answers file by answer; anything malformed is left out. */
export function roundtableMarks(answers: unknown): Map<string, RoundtableMark> {
  const marks = new Map<string, RoundtableMark>();
  const entries = (answers as { roundtable?: unknown } | null | undefined)?.roundtable;
  if (!Array.isArray(entries)) return marks;
  for (const entry of entries) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { answer, status, by, reason } = entry as Record<string, unknown>;
    const path = text(answer);
    if (!path || !MARK_STATUSES.includes(status as MarkStatus)) continue;
    const who = text(by);
    const why = text(reason);
    marks.set(path, {
      status: status as MarkStatus,
      ...(who ? { by: who } : {}),
      ...(why ? { reason: why } : {}),
    });
  }
  return marks;
}

/** The disputed and parked points, in the file's order. */
export function openPoints(answers: unknown): OpenPoint[] {
  return [...roundtableMarks(answers)]
    .filter(([, mark]) => mark.status !== 'agreed')
    .map(([path, mark]) => ({ path, ...mark }) as OpenPoint);
}

/** The area a point belongs to: the area's own key, else the parties, project and signing (4, the MoU). */
export function areaOfPath(path: string): AreaId {
  const top = path.split('.')[0];
  const area = AREAS.find((entry) => entry.key === top);
  if (area) return area.id;
  return top === 'conceptNote' ? 'monitoring' : 'responsibilities';
}

/**
 * How people know the answer: the interview's short label for its question ("Delivered by"),
 * with the entry ("entry 2"), else the path itself.
 */
/** `services.1.implementer` → the pattern `services[].implementer` and the entries `[2]`. */
export function pointPattern(path: string): { pattern: string; entries: number[] } {
  const parts = path.split('.');
  const pattern = parts
    .map((part, index) =>
      /^\d+$/.test(part) ? null : part + (/^\d+$/.test(parts[index + 1] ?? '') ? '[]' : ''),
    )
    .filter(Boolean)
    .join('.');
  const entries = parts.filter((part) => /^\d+$/.test(part)).map((part) => Number(part) + 1);
  return { pattern, entries };
}

export function pointLabel(path: string, t: Translate): string {
  const { pattern, entries } = pointPattern(path);
  for (const key of [`interview.q.${pattern}.label`, `interview.q.${pattern}`]) {
    const label = t(key);
    if (label !== key) {
      const entry = entries.length > 0 ? t('check.roundtable.entry', { n: entries.join('.') }) : '';
      return entry ? `${label} (${entry})` : label;
    }
  }
  return path;
}
