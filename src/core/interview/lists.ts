/**
 * Lists: needs, services, organisations, responsibilities, indicators. Entries are added one
 * after another, then a menu offers to add another, change one or remove one. Each entry is
 * saved the moment it is typed; list items are edited in place so comments survive.
 */
import { isScalar, isSeq, type Document } from 'yaml';

import { converter, noteSkipped, type Asking } from './ask.js';
import { isEmptyAnswer, listLength, removeAnswer, removeItem } from './document.js';
import { collect, getAt, splitPath, type Key } from './paths.js';
import { innerPending, visibleQuestions, type Scope } from './progress.js';
import type { Choice } from './prompter.js';
import type { Session } from './session.js';
import type { QuestionSpec } from './spec.js';

/** Asks one question in a scope; given by the engine so that items can hold any question type. */
export type AskFn = (question: QuestionSpec, scope: Scope, progress?: string) => Promise<void>;

type Action = 'add' | 'change' | 'remove' | 'done';
const BACK = -1;

function items(session: Session, keys: readonly Key[]): unknown[] {
  const value = session.value(keys);
  return Array.isArray(value) ? value : [];
}

/** How an entry is named in menus: its label field, or "Service 2". */
export function itemName(session: Session, asking: Asking, index: number): string {
  const item = items(session, asking.keys)[index];
  if (typeof item === 'string') return item;
  const field = asking.question.itemLabel;
  const label = field ? collect(item, field)[0] : undefined;
  if (typeof label === 'string' && label.trim() !== '') return label;
  const stem = session.stem(asking.question, asking.keys);
  return (
    session.optional(`${stem}.item`, { n: index + 1 }) ?? session.t('interview.list.entry', { n: index + 1 })
  );
}

async function chooseAction(session: Session, asking: Asking): Promise<Action> {
  const count = items(session, asking.keys).length;
  // Bullets, not numbers: the menu below is numbered.
  const lines = items(session, asking.keys).map((_, index) => `  • ${itemName(session, asking, index)}`);
  const choices: Choice<Action>[] = [
    { value: 'add', label: session.t('interview.list.add') },
    ...(count > 0
      ? ([
          { value: 'change', label: session.t('interview.list.change') },
          { value: 'remove', label: session.t('interview.list.remove') },
        ] as Choice<Action>[])
      : []),
    { value: 'done', label: session.t('interview.list.done') },
  ];
  return session.prompter.askSelect<Action>({
    id: asking.keys.join('.'),
    message: [session.t('interview.list.heading', { label: asking.texts.label, count }), ...lines].join('\n'),
    help: asking.texts.help,
    progress: asking.progress,
    choices,
    current: 'done',
  });
}

async function chooseItem(session: Session, asking: Asking, prompt: string): Promise<number> {
  const choices: Choice<number>[] = items(session, asking.keys).map((_, index) => ({
    value: index,
    label: itemName(session, asking, index),
  }));
  return session.prompter.askSelect<number>({
    message: session.t(prompt, { label: asking.texts.label }),
    progress: asking.progress,
    choices: [...choices, { value: BACK, label: session.t('interview.list.back') }],
  });
}

/** The add / change / remove / done loop shared by both kinds of list. */
async function listMenu(
  session: Session,
  asking: Asking,
  handlers: { add: () => Promise<void>; change: (index: number) => Promise<void> },
): Promise<void> {
  for (;;) {
    const action = await chooseAction(session, asking);
    if (action === 'done') return;
    if (action === 'add') {
      await handlers.add();
      continue;
    }
    const index = await chooseItem(session, asking, `interview.list.${action}Which`);
    if (index === BACK) continue;
    if (action === 'change') await handlers.change(index);
    else await removeEntry(session, asking, index);
  }
}

async function removeEntry(session: Session, asking: Asking, index: number): Promise<void> {
  const name = itemName(session, asking, index);
  const sure = await session.prompter.askConfirm({
    message: session.t('interview.list.removeConfirm', { item: name }),
    current: false,
  });
  if (!sure) return;
  const removedId = asking.question.id
    ? getAt(session.value(asking.keys), [index, asking.question.id.field])
    : undefined;
  await session.edit((doc) => {
    removeItem(doc, asking.keys, index);
    if (typeof removedId === 'string') dropReferences(session, doc, asking, removedId);
  });
}

function referringQuestions(session: Session, listPath: string): QuestionSpec[] {
  const found: QuestionSpec[] = [];
  const walk = (questions: readonly QuestionSpec[]) => {
    for (const question of questions) {
      if (question.choicesFrom?.list === listPath) found.push(question);
      if (question.item) walk(question.item);
    }
  };
  walk(session.spec.sections.flatMap((section) => section.questions));
  return found;
}

/** A removed service must not stay in other services' referrals (validation would refuse them). */
function dropReferences(session: Session, doc: Document, asking: Asking, id: string): void {
  const questions = referringQuestions(session, asking.keys.join('.'));
  const count = listLength(doc, asking.keys);
  for (let index = 0; index < count; index++) {
    for (const question of questions) {
      const keys = [...asking.keys, index, ...splitPath(question.path)];
      const node = doc.getIn(keys, true);
      if (!isSeq(node)) continue;
      node.items = node.items.filter((entry) => !(isScalar(entry) && entry.value === id));
      if (node.items.length === 0) removeAnswer(doc, keys);
    }
  }
}

/** Text entries, one after another, until an empty line. */
async function addTextEntries(session: Session, asking: Asking): Promise<void> {
  const convert = converter(asking.question);
  for (;;) {
    const index = items(session, asking.keys).length;
    const keys = [...asking.keys, index];
    const raw = await session.askTyped(
      keys,
      {
        kind: 'line',
        message: session.t('interview.list.entryPrompt', { label: asking.texts.message, n: index + 1 }),
        help: asking.texts.help,
        progress: asking.progress,
        endsList: true,
      },
      convert,
    );
    const value = convert(raw);
    if (isEmptyAnswer(value)) return;
    await session.commit(keys, value);
  }
}

/** True when the entry after the last one holds a text typed when the session stopped. */
function hasUnfinishedEntry(session: Session, asking: Asking): boolean {
  const next = [...asking.keys, items(session, asking.keys).length].join('.');
  return session.record.unfinished[next] !== undefined;
}

/**
 * A list of texts: entries one after another, ended by an empty line. A list that already has
 * entries (asked again from a review) opens its menu to add, change or remove.
 */
export async function askTextList(session: Session, asking: Asking): Promise<void> {
  session.tidyList(asking.keys);
  if (items(session, asking.keys).length === 0 || hasUnfinishedEntry(session, asking)) {
    await addTextEntries(session, asking);
    noteSkipped(session, asking);
    return;
  }
  await listMenu(session, asking, {
    add: () => addTextEntries(session, asking),
    change: async (index) => {
      const keys = [...asking.keys, index];
      const convert = converter(asking.question);
      const raw = await session.askTyped(
        keys,
        {
          kind: 'line',
          message: asking.texts.message,
          help: asking.texts.help,
          progress: asking.progress,
          current: String(session.value(keys) ?? ''),
        },
        convert,
      );
      const value = convert(raw);
      if (isEmptyAnswer(value)) await session.edit((doc) => removeItem(doc, asking.keys, index));
      else await session.commit(keys, value);
    },
  });
  noteSkipped(session, asking);
}

/** A unique id made from an answer, e.g. `opioid-agonist-therapy-2` for a second such service. */
function uniqueId(session: Session, asking: Asking, from: unknown, index: number): string {
  const base =
    String(from)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'service';
  const field = asking.question.id!.field;
  const taken = new Set(
    items(session, asking.keys)
      .filter((_, i) => i !== index)
      .map((item) => getAt(item, [field])),
  );
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** After the answer an id is made from, give the item its id once (ids never change: referrals use them). */
async function ensureId(session: Session, asking: Asking, index: number): Promise<void> {
  const id = asking.question.id;
  if (!id) return;
  const itemKeys = [...asking.keys, index];
  const from = session.value([...itemKeys, ...splitPath(id.from)]);
  if (from === undefined || session.value([...itemKeys, id.field]) !== undefined) return;
  await session.edit((doc) => {
    doc.setIn([...itemKeys, id.field], uniqueId(session, asking, from, index));
    // Put the id first, as the examples do.
    const item = doc.getIn(itemKeys, true) as { items?: unknown[] };
    if (item.items && item.items.length > 1) item.items.unshift(item.items.pop());
  });
}

/** The scope of item `index`, named as it is named now (the name may just have been given). */
function itemScope(session: Session, asking: Asking, index: number): Scope {
  return { base: [...asking.keys, index], itemName: itemName(session, asking, index) };
}

/** The section's progress, then the entry on a line of its own (both fit 80 columns). */
function itemProgress(session: Session, asking: Asking, scope: Scope): string {
  const item = session.t('interview.progress.item', { item: scope.itemName ?? '' });
  return asking.progress ? `${asking.progress}\n${item}` : item;
}

/** True when a question of entry `index` is still to ask (unanswered and required, never asked, unfinished). */
function entryOpen(session: Session, asking: Asking, index: number): boolean {
  const scope = itemScope(session, asking, index);
  return (asking.question.item ?? []).some((inner) =>
    innerPending(session.spec, inner, session.data, scope, session.known, true),
  );
}

/**
 * Asks the item's questions; `all` asks every one (a new entry), otherwise only those still to
 * ask. Returns false if the item was never created: its first answer was left empty.
 */
async function askItem(
  session: Session,
  asking: Asking,
  index: number,
  ask: AskFn,
  all: boolean,
): Promise<boolean> {
  let first = true;
  for (const inner of asking.question.item ?? []) {
    const scope = itemScope(session, asking, index);
    if (!visibleQuestions(session.spec, [inner], session.data, scope).length) continue;
    if (!all && !innerPending(session.spec, inner, session.data, scope, session.known)) continue;
    const opening = all && first && session.value(scope.base) === undefined;
    await ask(inner, { ...scope, opening }, itemProgress(session, asking, scope));
    if (first && session.value(scope.base) === undefined) return false;
    first = false;
    await ensureId(session, asking, index);
  }
  return true;
}

/** New entries one after another, until the first question of one is left empty. */
async function addEntries(session: Session, asking: Asking, ask: AskFn): Promise<void> {
  while (await askItem(session, asking, items(session, asking.keys).length, ask, true));
}

export async function askObjectList(
  session: Session,
  asking: Asking,
  ask: AskFn,
  review: ItemReview,
): Promise<void> {
  session.tidyList(asking.keys);
  // An entry left half-done (Ctrl-C in the middle of it) is completed first, then the list goes on.
  let resumed = false;
  for (let index = 0; index < items(session, asking.keys).length; index++) {
    if (entryOpen(session, asking, index)) {
      await askItem(session, asking, index, ask, false);
      resumed = true;
    }
  }
  if (resumed || items(session, asking.keys).length === 0) {
    await addEntries(session, asking, ask);
    if (items(session, asking.keys).length === 0) noteSkipped(session, asking);
    return;
  }
  await listMenu(session, asking, {
    add: () => addEntries(session, asking, ask),
    change: (index) =>
      review(asking.question.item ?? [], itemScope(session, asking, index), itemName(session, asking, index)),
  });
}

/** Shows an item's answers with the chance to change any (the engine's review). */
export type ItemReview = (questions: readonly QuestionSpec[], scope: Scope, title: string) => Promise<void>;

/** For every item of an existing list, the item questions (e.g. each service's referrals). */
export async function askEach(session: Session, asking: Asking, ask: AskFn): Promise<void> {
  const count = items(session, asking.keys).length;
  for (let index = 0; index < count; index++) {
    const scope = itemScope(session, asking, index);
    for (const inner of visibleQuestions(session.spec, asking.question.item ?? [], session.data, scope)) {
      await ask(inner, scope, itemProgress(session, asking, scope));
    }
  }
}
