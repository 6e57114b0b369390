/**
 * The standard clauses of the memorandum that carry a choice the partners may not have made
 * (notice period, term, deadlines, access, funding, …): which of them take the tool's standard
 * wording for this file. One list, used three ways: `check` names them ("default wording used:
 * …"), `render` says so in its summary, and `--draft` marks each in the text and lists it at the
 * end. Each key is also `render.field.<key>` in the catalogues, and the README lists them.
 */
import type { DraftAnswers } from '../answers/types.js';
import { hasClientServices } from './project-shape.js';

/** In the order the memorandum reaches them. */
export const MOU_DEFAULT_KEYS = [
  'prisonSignatoryBasis',
  'csoSignatoryBasis',
  'objectives',
  'referralProcedure',
  'jointResponsibilities',
  'access',
  'prisonFocalPoint',
  'csoFocalPoint',
  'meetings',
  'dataProtection',
  'clientInvolvement',
  'reportingFrequency',
  'funding',
  'term',
  'noticeDays',
] as const;

export type MouDefaultKey = (typeof MOU_DEFAULT_KEYS)[number];

type Loose = Record<string, unknown>;

function obj(value: unknown): Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : {};
}

function filled(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(filled);
  return false;
}

/** Which standard wordings the memorandum of `answers` uses. */
export function mouDefaults(answers: DraftAnswers): MouDefaultKey[] {
  const a = obj(answers);
  const parties = obj(a.parties);
  const prison = obj(parties.prison);
  const cso = obj(parties.cso);
  const r = obj(a.responsibilities);
  const m = obj(a.monitoring);
  const services = Array.isArray(a.services) ? (a.services as unknown[]).map(obj) : [];
  const clients = hasClientServices(answers);
  const used: Record<MouDefaultKey, boolean> = {
    prisonSignatoryBasis: !filled(obj(prison.signatory).basis),
    csoSignatoryBasis: !filled(obj(cso.signatory).basis),
    objectives: !filled(obj(a.conceptNote).objectives),
    referralProcedure: clients && services.length > 1 && !services.some((s) => filled(s.referralsTo)),
    jointResponsibilities: !filled(r.joint),
    access: !filled(obj(a.civilSociety).access),
    prisonFocalPoint: !filled(obj(prison.focalPoint).name),
    csoFocalPoint: !filled(obj(cso.focalPoint).name),
    meetings: !filled(obj(r.coordination).meetings),
    dataProtection: !filled(r.dataProtection),
    clientInvolvement: clients && !filled(m.clientInvolvement),
    reportingFrequency: !filled(obj(m.reporting).frequency),
    funding: !filled(r.funding),
    term: !filled(obj(a.project).durationMonths),
    noticeDays: !filled(obj(r.termination).noticeDays),
  };
  return MOU_DEFAULT_KEYS.filter((key) => used[key]);
}
