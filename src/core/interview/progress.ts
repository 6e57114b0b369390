/**
 * What is answered, what is still open, and where a resumed session continues. Pure functions
 * of the session data and the answers; no prompting here.
 */
import { evaluate } from './conditions.js';
import { isEmptyAnswer } from './document.js';
import { getAt, splitPath, type Key } from './paths.js';
import { hasUnfinished, type SessionRecord } from './record.js';
import type { QuestionSpec, SectionSpec, SessionSpec } from './spec.js';

export type SectionState = 'complete' | 'partial' | 'not-started';

/** Where a question sits: `base` is `[]` at the top level, `['services', 2]` inside an item. */
export interface Scope {
  base: Key[];
  /** How the item is named in its questions ("Who delivers {item}?"). */
  itemName?: string;
  /** The first question of a new entry: an empty answer (or "no more entries") ends the list. */
  opening?: boolean;
}

export const ROOT: Scope = { base: [] };

export function keysOf(question: QuestionSpec, scope: Scope): Key[] {
  return [...scope.base, ...splitPath(question.path)];
}

export function itemOf(data: unknown, scope: Scope): unknown {
  return scope.base.length === 0 ? undefined : getAt(data, scope.base);
}

export function isVisible(spec: SessionSpec, question: QuestionSpec, data: unknown, scope: Scope): boolean {
  if (!question.when) return true;
  return evaluate(question.when, { data, item: itemOf(data, scope), named: spec.conditions });
}

export function isRequired(spec: SessionSpec, question: QuestionSpec, data: unknown, scope: Scope): boolean {
  const { required } = question;
  if (typeof required !== 'object') return Boolean(required);
  return evaluate(required, { data, item: itemOf(data, scope), named: spec.conditions });
}

/** The visible questions of a list, in order. */
export function visibleQuestions(
  spec: SessionSpec,
  questions: readonly QuestionSpec[],
  data: unknown,
  scope: Scope,
): QuestionSpec[] {
  return questions.filter((question) => isVisible(spec, question, data, scope));
}

/** An item is complete when each of its visible required questions is answered. */
export function itemComplete(
  spec: SessionSpec,
  question: QuestionSpec,
  data: unknown,
  scope: Scope,
): boolean {
  return visibleQuestions(spec, question.item ?? [], data, scope)
    .filter((inner) => isRequired(spec, inner, data, scope))
    .every((inner) => isAnswered(spec, inner, data, scope));
}

export function isAnswered(spec: SessionSpec, question: QuestionSpec, data: unknown, scope: Scope): boolean {
  const keys = keysOf(question, scope);
  const value = getAt(data, keys);
  if (question.type === 'each') {
    // Answered once any item has an answer (for instance one referral); optional by nature.
    const items = Array.isArray(value) ? value : [];
    return items.some((_, index) =>
      (question.item ?? []).some(
        (inner) => !isEmptyAnswer(getAt(data, [...keys, index, ...splitPath(inner.path)])),
      ),
    );
  }
  if (isEmptyAnswer(value)) return false;
  if (question.type !== 'list') return true;
  const items = Array.isArray(value) ? value : [];
  return items.every((_, index) => itemComplete(spec, question, data, { base: [...keys, index] }));
}

/**
 * complete: every required question answered (and, given `pending`, nothing left to ask);
 * not-started: nothing answered; partial: in between.
 */
export function sectionState(
  spec: SessionSpec,
  section: SectionSpec,
  data: unknown,
  pending?: Pending,
): SectionState {
  const questions = visibleQuestions(spec, section.questions, data, ROOT);
  const answered = questions.filter((question) => isAnswered(spec, question, data, ROOT));
  // A half-entered service is no answer yet, but the section is started.
  if (!isStarted(spec, section, data)) return 'not-started';
  const required = questions.filter((question) => isRequired(spec, question, data, ROOT));
  const complete =
    (required.length > 0
      ? required.every((question) => answered.includes(question))
      : answered.length === questions.length) && !questions.some((question) => pending?.(question, data));
  return complete ? 'complete' : 'partial';
}

/** True when any question of the section has an answer. */
export function isStarted(spec: SessionSpec, section: SectionSpec, data: unknown): boolean {
  return section.questions.some(
    (question) =>
      isAnswered(spec, question, data, ROOT) || !isEmptyAnswer(getAt(data, keysOf(question, ROOT))),
  );
}

/** True when a visible required question of the section has no answer yet. */
export function needsAnswers(spec: SessionSpec, section: SectionSpec, data: unknown): boolean {
  return visibleQuestions(spec, section.questions, data, ROOT).some(
    (question) => isRequired(spec, question, data, ROOT) && !isAnswered(spec, question, data, ROOT),
  );
}

/** Every top-level question of the session, with its section, in asking order. */
export function allQuestions(spec: SessionSpec): { section: SectionSpec; question: QuestionSpec }[] {
  return spec.sections.flatMap((section) => section.questions.map((question) => ({ section, question })));
}

/**
 * Which questions a session still asks. An unanswered question is asked when it is required,
 * or when it lies beyond the last answered one: an optional question a group passed over
 * stays passed over on resume, while a required one comes back until it is answered.
 */
export type Pending = (question: QuestionSpec, current: unknown) => boolean;

export function pendingFilter(spec: SessionSpec, data: unknown, record?: SessionRecord): Pending {
  if (record) return recordedPending(spec, record);
  const all = allQuestions(spec);
  let frontier = -1;
  all.forEach(({ question }, index) => {
    if (isVisible(spec, question, data, ROOT) && isAnswered(spec, question, data, ROOT)) frontier = index;
  });
  const position = new Map(all.map(({ question }, index) => [question, index]));
  return (question, current) => {
    if (isAnswered(spec, question, current, ROOT)) return false;
    return isRequired(spec, question, current, ROOT) || (position.get(question) ?? 0) > frontier;
  };
}

/**
 * With the session's record nothing is guessed: a question is still to ask when it holds an
 * unfinished text, when it was never asked, when it is required and unanswered, or (a list) when
 * one of its entries has such a question.
 */
function recordedPending(spec: SessionSpec, record: SessionRecord): Pending {
  return (question, current) => {
    const id = question.path;
    if (hasUnfinished(record, id)) return true;
    if (question.type === 'list' && hasOpenEntry(spec, question, current, record)) return true;
    if (isAnswered(spec, question, current, ROOT)) return false;
    return isRequired(spec, question, current, ROOT) || !record.asked.includes(id);
  };
}

/** Whether a question inside a list entry is still to ask (see `recordedPending`). */
export function innerPending(
  spec: SessionSpec,
  inner: QuestionSpec,
  data: unknown,
  scope: Scope,
  record?: SessionRecord,
  /** Without a record: whether only required questions count (is the entry half-done?). */
  requiredOnly = false,
): boolean {
  if (!isVisible(spec, inner, data, scope)) return false;
  const id = keysOf(inner, scope).join('.');
  if (record && hasUnfinished(record, id)) return true;
  if (isAnswered(spec, inner, data, scope)) return false;
  if (isRequired(spec, inner, data, scope)) return true;
  return record === undefined ? !requiredOnly : !record.asked.includes(id);
}

function hasOpenEntry(spec: SessionSpec, question: QuestionSpec, data: unknown, record: SessionRecord) {
  const keys = keysOf(question, ROOT);
  const items = getAt(data, keys);
  if (!Array.isArray(items)) return false;
  return items.some((_, index) =>
    (question.item ?? []).some((inner) =>
      innerPending(spec, inner, data, { base: [...keys, index] }, record),
    ),
  );
}

/**
 * The first section with a visible question still to ask, or undefined when all are done. An
 * optional section (one with an `offer`) that nobody has started does not count: resuming a
 * finished file goes to the final review, not to the offer.
 */
export function firstPendingSection(
  spec: SessionSpec,
  data: unknown,
  record?: SessionRecord,
): number | undefined {
  const pending = pendingFilter(spec, data, record);
  const index = spec.sections.findIndex(
    (section) =>
      (section.offer === undefined || isStarted(spec, section, data)) &&
      visibleQuestions(spec, section.questions, data, ROOT).some((question) => pending(question, data)),
  );
  return index < 0 ? undefined : index;
}
