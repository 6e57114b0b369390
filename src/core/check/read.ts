/**
 * Safe readers for half-done answers files. `check` runs on files that may not pass the schema
 * (a list written as a string, a number where text was expected, `key:` left empty = null), so
 * rules read through these helpers instead of trusting the `DraftAnswers` types.
 */
import type { DraftAnswers, Indicator, Organisation, Service } from '../answers/types.js';

export type Loose<T> = { [K in keyof T]?: unknown };

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Trimmed non-empty text; numbers count as text (a baseline of 0 is an answer). */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function hasText(value: unknown): boolean {
  return text(value) !== undefined;
}

/** The non-empty texts of a list; a lone string counts as a one-item list. */
export function texts(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(text).filter((item): item is string => item !== undefined);
  const single = text(value);
  return single === undefined ? [] : [single];
}

/** The objects of a list, skipping anything that is not an object. */
export function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

export function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

/** True when a value holds any answer at all: text, a number, a non-empty list or object. */
export function isFilled(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(isFilled);
  if (isRecord(value)) return Object.values(value).some(isFilled);
  if (typeof value === 'boolean') return true;
  return hasText(value);
}

/** A loose view of the answers, each area an object (possibly empty), each list an array. */
export interface AnswersView {
  country?: string;
  project: Record<string, unknown>;
  prison: Record<string, unknown>;
  cso: Record<string, unknown>;
  others: Record<string, unknown>[];
  targetGroup: Record<string, unknown>;
  populations: string[];
  needs: Record<string, string[]>;
  services: Loose<Service>[];
  civilSociety: Record<string, unknown>;
  organisations: Loose<Organisation>[];
  responsibilities: Record<string, unknown>;
  monitoring: Record<string, unknown>;
  indicators: Loose<Indicator>[];
}

function needsOf(value: unknown): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [kind, list] of Object.entries(record(value))) {
    const items = texts(list);
    if (items.length > 0) result[kind] = items;
  }
  return result;
}

export function view(answers: DraftAnswers | unknown): AnswersView {
  const root = record(answers);
  const parties = record(root.parties);
  const targetGroup = record(root.targetGroup);
  const civilSociety = record(root.civilSociety);
  const monitoring = record(root.monitoring);
  return {
    country: text(root.country)?.toUpperCase(),
    project: record(root.project),
    prison: record(parties.prison),
    cso: record(parties.cso),
    others: records(parties.others),
    targetGroup,
    populations: texts(targetGroup.populations).map((item) => item.toLowerCase()),
    needs: needsOf(targetGroup.needs),
    services: records(root.services),
    civilSociety,
    organisations: records(civilSociety.organisations),
    responsibilities: record(root.responsibilities),
    monitoring,
    indicators: records(monitoring.indicators),
  };
}

/** Every piece of text under a value, flattened: for keyword searches across an area. */
export function allText(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(allText);
  if (isRecord(value)) return Object.values(value).flatMap(allText);
  const single = text(value);
  return single === undefined ? [] : [single];
}
