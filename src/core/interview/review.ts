/**
 * Reading answers back: a summary of a group of questions (an area, a list item) with the
 * chance to change any of them, and the texts of section states.
 */
import { collect, getAt, splitPath, type Key } from './paths.js';
import { isAnswered, isRequired, keysOf, visibleQuestions, type Scope } from './progress.js';
import type { Choice, SummaryRow } from './prompter.js';
import type { Session } from './session.js';
import type { QuestionSpec } from './spec.js';
import type { AskFn } from './lists.js';

function choiceText(session: Session, question: QuestionSpec, value: unknown): string {
  if (typeof value === 'boolean') return session.t(value ? 'interview.yes' : 'interview.no');
  const text = String(value);
  return question.choices ? session.choiceLabel(question.choices, text) : text;
}

function itemLabel(question: QuestionSpec, item: unknown, index: number): string {
  const label = question.itemLabel ? collect(item, question.itemLabel)[0] : undefined;
  return typeof label === 'string' && label.trim() !== '' ? label : `#${index + 1}`;
}

/** An answer as lines a person reads: lists one entry a line, choices by their labels. */
export function formatAnswer(session: Session, question: QuestionSpec, keys: readonly Key[]): string[] {
  const value = session.value(keys);
  if (value === undefined || value === null) return [];
  if (question.type === 'list') {
    const items = Array.isArray(value) ? value : [];
    return items.map((item, index) => `${index + 1}. ${itemLabel(question, item, index)}`);
  }
  if (question.type === 'each') {
    const items = Array.isArray(value) ? value : [];
    return items.flatMap((item, index) =>
      (question.item ?? []).flatMap((inner) => {
        const answer = formatAnswer(session, inner, [...keys, index, ...splitPath(inner.path)]);
        return answer.length ? [`${itemLabel(question, item, index)} → ${answer.join(', ')}`] : [];
      }),
    );
  }
  if (question.type === 'textList') return Array.isArray(value) ? value.map((entry) => `• ${String(entry)}`) : [String(value)];
  if (Array.isArray(value)) return [value.map((entry) => choiceText(session, question, entry)).join(', ')];
  return [choiceText(session, question, value)];
}

export function summaryRows(session: Session, questions: readonly QuestionSpec[], scope: Scope): SummaryRow[] {
  return visibleQuestions(session.spec, questions, session.data, scope).map((question) => {
    const keys = keysOf(question, scope);
    return {
      label: session.texts(question, keys).label,
      value: formatAnswer(session, question, keys),
      missing: isRequired(session.spec, question, session.data, scope) && !isAnswered(session.spec, question, session.data, scope),
    };
  });
}

const CONTINUE = -1;

/** Shows the answers of `questions` and lets the group change any of them until they go on. */
export async function reviewQuestions(
  session: Session,
  questions: readonly QuestionSpec[],
  scope: Scope,
  title: string,
  ask: AskFn,
  progress?: string,
): Promise<void> {
  for (;;) {
    const visible = visibleQuestions(session.spec, questions, session.data, scope);
    session.prompter.showSummary({ title, rows: summaryRows(session, visible, scope) });
    const choices: Choice<number>[] = visible.map((question, index) => ({
      value: index,
      label: session.t('interview.review.change', { label: session.texts(question, keysOf(question, scope)).label }),
    }));
    const picked = await session.prompter.askSelect<number>({
      message: session.t('interview.review.prompt'),
      progress,
      choices: [{ value: CONTINUE, label: session.t('interview.review.continue') }, ...choices],
      current: CONTINUE,
    });
    if (picked === CONTINUE) return;
    await ask(visible[picked]!, scope, progress);
  }
}

/** Whether the value at `keys` of the plain answers holds anything. */
export function hasValue(data: unknown, keys: readonly Key[]): boolean {
  return getAt(data, keys) !== undefined;
}
