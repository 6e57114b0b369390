/**
 * The readiness report of `check`: the five checklist areas (protocol 6.4) in protocol order,
 * each with a status, the required fields still missing and advice grounded in the protocol.
 */
import type { AreaId, DraftAnswers } from '../answers/types.js';
import type { Params, Translate } from '../i18n/translate.js';
import type { CountryProfile } from '../countries/types.js';
import type { AnswersView } from './read.js';

export type Severity = 'error' | 'warning' | 'advice';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'advice'];

/** complete: every required field filled; missing: none filled; partial: in between. */
export type AreaStatus = 'complete' | 'partial' | 'missing';

/**
 * Where a rule comes from, in a compact form that `formatSection` translates:
 * `5.3 (a)` or `9` — a protocol section; `6.4/2` — checklist area 2 of section 6.4;
 * `std:bangkok`, `std:mandela`, `std:mandela:24` — an international standard (and rule).
 */
export type SectionRef = string;

export interface Advice {
  /** Stable id, e.g. `services.medical-authorisation` or `country.kg.enrolment`. */
  id: string;
  severity: Severity;
  /** Translated: what to add and why. */
  message: string;
  /** Translated source, e.g. "protocol 6.4 (area 2)" or "Bangkok Rules". */
  section: string;
}

export interface AreaReport {
  id: AreaId;
  /** Translated area title. */
  title: string;
  status: AreaStatus;
  /** Titles of the required fields still empty. */
  missing: string[];
  advice: Advice[];
}

export interface CheckSummary {
  errors: number;
  warnings: number;
  advice: number;
  /** No `error` advice and every area complete. */
  ready: boolean;
}

export interface CheckReport {
  areas: AreaReport[];
  summary: CheckSummary;
}

/** What a rule sees: the (maybe half-done) answers and the country profile, if there is one. */
export interface RuleInput {
  answers: DraftAnswers;
  /** The same answers read defensively (see `read.ts`). */
  view: AnswersView;
  profile?: CountryProfile;
  /** For quoting names inside message parameters. */
  t: Translate;
}

/**
 * One piece of protocol advice as a pure function. `check` returns undefined when the answers
 * are fine, or the parameters of the catalogue message `check.rule.<id>` when they are not.
 * Rules never throw on missing or mistyped pieces: they read through `read.ts`.
 */
export interface Rule {
  id: string;
  severity: Severity;
  area: AreaId;
  section: SectionRef[];
  check: (input: RuleInput) => Params | undefined;
}
