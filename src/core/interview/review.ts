/**
 * Reading answers back: a summary of a group of questions (an area, a list item) with the
 * chance to change any of them, and the texts of section states.
 */
import { collect, splitPath, type Key } from './paths.js';
import { isAnswered, isRequired, keysOf, visibleQuestions, type Scope } from './progress.js';
import type { Choice, SummaryRow } from './prompter.js';
import type { Session } from './session.js';
import type { QuestionSpec } from './spec.js';
import type { AskFn } from './lists.js';
import { markAnswer } from './consensus.js';
import { GoBack } from './prompter.js';

function choiceText(session: Session, question: QuestionSpec, value: unknown): string {
  if (typeof value === 'boolean') return session.t(value ? 'interview.yes' : 'interview.no');
  const text = String(value);
  if (question.choices) return session.choiceLabel(question.choices, text);
  const from = question.choicesFrom;
  if (!from) return text;
  // A referral is stored as a service id; people know the service by its name.
  const item = collect(session.data, `${from.list}[]`).find(
    (entry) => collect(entry, from.value)[0] === text,
  );
  const label = item === undefined ? undefined : collect(item, from.label)[0];
  return typeof label === 'string' ? label : text;
}

function itemLabel(question: QuestionSpec, item: unknown, index: number): string {
  const label = question.itemLabel ? collect(item, question.itemLabel)[0] : undefined;
  return typeof label === 'string' && label.trim() !== '' ? label : `#${index + 1}`;
}

/** An answer as lines a person reads: one line per list entry, choices by their labels. */
export function formatAnswer(session: Session, question: QuestionSpec, keys: readonly Key[]): string[] {
  const value = session.value(keys);
  if (value === undefined || value === null) return [];
  if (question.type === 'list') {
    const items = Array.isArray(value) ? value : [];
    return items.map((item, index) => itemLabel(question, item, index));
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
  if (question.type === 'textList') return Array.isArray(value) ? value.map(String) : [String(value)];
  if (Array.isArray(value)) return [value.map((entry) => choiceText(session, question, entry)).join(', ')];
  return [choiceText(session, question, value)];
}

export function summaryRows(
  session: Session,
  questions: readonly QuestionSpec[],
  scope: Scope,
): SummaryRow[] {
  return visibleQuestions(session.spec, questions, session.data, scope).map((question) => {
    const keys = keysOf(question, scope);
    return {
      label: session.texts(question, keys).label,
      value: formatAnswer(session, question, keys),
      missing:
        isRequired(session.spec, question, session.data, scope) &&
        !isAnswered(session.spec, question, session.data, scope),
    };
  });
}

const CONTINUE = -1;
const CHANGE = -2;
const BACK = -3;
const MARK = -4;

/** Which answer to change: a second, paged menu, so the summary stays on screen with the first. */
async function pickQuestion(
  session: Session,
  visible: readonly QuestionSpec[],
  scope: Scope,
  progress?: string,
) {
  const choices: Choice<number>[] = visible.map((question, index) => ({
    value: index,
    label: session.texts(question, keysOf(question, scope)).label,
  }));
  return session.prompter.askSelect<number>({
    message: session.t('interview.review.which'),
    progress,
    choices: [...choices, { value: BACK, label: session.t('interview.list.back') }],
  });
}

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
    const picked = await session.prompter.askSelect<number>({
      message: session.t('interview.review.prompt'),
      progress,
      choices: [
        { value: CONTINUE, label: session.t('interview.review.continue') },
        { value: CHANGE, label: session.t('interview.review.changeOne') },
        { value: MARK, label: session.t('interview.review.mark') },
      ],
      current: CONTINUE,
    });
    if (picked === CONTINUE) return;
    const index = await pickQuestion(session, visible, scope, progress);
    if (index === BACK) continue;
    const question = visible[index]!;
    if (picked === MARK) {
      const keys = keysOf(question, scope);
      await markAnswer(session, keys, session.texts(question, keys).label);
    } else {
      const before = JSON.stringify(session.data);
      // `<` while changing an answer: back to this review.
      const back = await ask(question, scope, progress).then(
        () => false,
        (error: unknown) => {
          if (!(error instanceof GoBack)) throw error;
          return true;
        },
      );
      // Nothing changed: no need to ask "Is everything right?" again.
      if (!back && JSON.stringify(session.data) === before) return;
    }
  }
}
