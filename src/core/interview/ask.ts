/**
 * Asking one question that holds a single answer: text, number, date, one choice, several
 * choices (with "other" free text), yes/no, and names offered from suggestions. Lists are in
 * `lists.ts`. Every answer is checked on entry and saved at once.
 */
import { collect, type Key } from './paths.js';
import { isEmptyAnswer } from './document.js';
import { isRequired, itemOf, type Scope } from './progress.js';
import type { Choice } from './prompter.js';
import type { QuestionTexts, Session } from './session.js';
import type { QuestionSpec } from './spec.js';
import { guessedAnswer } from './guess.js';
import { askInLanguages, textLanguages } from './text-languages.js';

/** Marks the "other (type it)" entry among choices. */
export const OTHER = '\u0000other';
/** Marks "not decided yet" among the choices of an optional question without a default. */
const SKIP = '\u0000skip';
/** Marks "no more entries" on the first question of a new list entry. */
export const END = '\u0000end';

/** The first question of a new entry says that leaving it empty ends the list. */
function openingMessage(session: Session, asking: Asking): string {
  const { message } = asking.texts;
  return asking.scope.opening ? `${message} ${session.t('interview.list.endHint')}` : message;
}

function endChoice(session: Session, asking: Asking): Choice<string>[] {
  return asking.scope.opening ? [{ value: END, label: session.t('interview.list.noMore') }] : [];
}

export interface Asking {
  question: QuestionSpec;
  keys: Key[];
  scope: Scope;
  texts: QuestionTexts;
  progress?: string;
  /** The area's guiding question this question answers (menus show it above a long list). */
  context?: string;
}

/** `1 000`, `+25` → 25; anything else stays text so that validation names the problem. */
function toWholeNumber(raw: string): string | number {
  const compact = raw.trim().replace(/[\s\u00a0]/g, '');
  return /^[+-]?\d+$/.test(compact) ? Number(compact) : raw.trim();
}

/** "20" → 20, "2,5" → 2.5, "70%" → "70%". */
function toNumberOrText(raw: string): string | number {
  const compact = raw
    .trim()
    .replace(/[\s\u00a0]/g, '')
    .replace(',', '.');
  return /^[+-]?\d+(\.\d+)?$/.test(compact) ? Number(compact) : raw.trim();
}

/** YYYY-MM-DD as the format wants it; DD.MM.YYYY (usual in the region) is turned around. */
function toDate(raw: string): string {
  const text = raw.trim();
  const dotted = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
  if (!dotted) return text;
  const [, day, month, year] = dotted;
  return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
}

export function converter(question: QuestionSpec): (raw: string) => unknown {
  switch (question.type) {
    case 'number':
      return toWholeNumber;
    case 'numberOrText':
      return toNumberOrText;
    case 'date':
      return toDate;
    default:
      return (raw) => (question.upperCase ? raw.trim().toUpperCase() : raw.trim());
  }
}

const KINDS = { number: 'number', date: 'date', longText: 'long' } as const;

export async function askText(session: Session, asking: Asking): Promise<void> {
  const { question, keys, texts, progress } = asking;
  const current = session.value(keys);
  const convert = converter(question);
  const languages = textLanguages(session, asking);
  if (languages.length > 0) {
    await askInLanguages(session, asking, languages, convert);
    return noteSkipped(session, asking);
  }
  const offered =
    current === undefined || current === null ? guessedAnswer(session, question, keys) : String(current);
  const raw = await session.askTyped(
    keys,
    {
      kind: KINDS[question.type as keyof typeof KINDS] ?? 'line',
      message: openingMessage(session, asking),
      endsList: asking.scope.opening,
      help: texts.help,
      progress,
      current: offered,
    },
    convert,
  );
  await session.commit(keys, convert(raw));
  noteSkipped(session, asking);
}

/** A required answer left empty is allowed (people may not know yet) but said out loud. */
export function noteSkipped(session: Session, asking: Asking): void {
  // An entry that was never started (an empty first answer) is simply not added.
  if (asking.scope.base.length > 0 && session.value(asking.scope.base) === undefined) return;
  const required = isRequired(session.spec, asking.question, session.data, asking.scope);
  if (required && session.value(asking.keys) === undefined) {
    session.prompter.showNotice(session.t('interview.skipped', { label: asking.texts.label }), 'warning');
  }
}

/** The fixed or computed choices of a select or checkbox question. */
export function choicesOf(session: Session, asking: Asking): Choice<string>[] {
  const { question, scope } = asking;
  if (question.choices) {
    const list = question.choices;
    return (session.spec.choiceLists[list] ?? []).map((value) => ({
      value,
      label: session.choiceLabel(list, value),
      hint: session.optional(`interview.choice.${list}.${value}.hint`),
    }));
  }
  const from = question.choicesFrom;
  if (!from) return [];
  const self = itemOf(session.data, scope);
  const items = collect(session.data, `${from.list}[]`).filter(
    (item) => !(from.excludeSelf && item === self),
  );
  return items.flatMap((item) => {
    const value = collect(item, from.value)[0];
    if (typeof value !== 'string') return [];
    const label = collect(item, from.label)[0];
    return [{ value, label: typeof label === 'string' && label.trim() !== '' ? label : value }];
  });
}

function otherChoice(session: Session): Choice<string> {
  return { value: OTHER, label: session.t('interview.choice.other') };
}

export async function askSelect(session: Session, asking: Asking): Promise<void> {
  const { question, keys, texts, progress } = asking;
  const choices = choicesOf(session, asking);
  const current = session.value(keys);
  const known = choices.some((choice) => choice.value === current);
  const fallback = session.defaultFor(question, keys);
  const highlighted = known ? current : current !== undefined && question.other ? OTHER : fallback;
  const optional = !isRequired(session.spec, question, session.data, asking.scope) && fallback === undefined;
  const picked = await session.prompter.askSelect<string>({
    id: keys.join('.'),
    message: texts.message,
    help: texts.help,
    progress,
    context: asking.context,
    choices: [
      ...choices,
      ...(question.other ? [otherChoice(session)] : []),
      ...(optional && !asking.scope.opening
        ? [{ value: SKIP, label: session.t('interview.choice.skip') }]
        : []),
      ...endChoice(session, asking),
    ],
    current: highlighted as string | undefined,
  });
  if (picked === END) return;
  if (picked === SKIP) return session.commit(keys, undefined);
  if (picked !== OTHER) return session.commit(keys, picked);
  await askOtherText(session, asking, known ? undefined : current);
}

async function askOtherText(session: Session, asking: Asking, current: unknown): Promise<void> {
  const { question, keys, texts, progress } = asking;
  const convert = converter(question);
  const raw = await session.askTyped(
    keys,
    {
      kind: 'line',
      message: session.t('interview.other.prompt', { label: texts.label }),
      help: texts.help,
      progress,
      current: typeof current === 'string' ? current : undefined,
    },
    convert,
  );
  await session.commit(keys, convert(raw));
  noteSkipped(session, asking);
}

/** Free entries of a several-choices answer are typed on one line, separated by semicolons. */
function splitOthers(raw: string): string[] {
  return raw
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export async function askCheckbox(session: Session, asking: Asking): Promise<void> {
  const { question, keys, texts, progress } = asking;
  const choices = choicesOf(session, asking);
  const currentValue = session.value(keys);
  const current = Array.isArray(currentValue)
    ? currentValue.filter((entry) => !isEmptyAnswer(entry)).map(String)
    : [];
  const knownValues = new Set(choices.map((choice) => choice.value));
  const others = current.filter((value) => !knownValues.has(value));
  const picked = await session.prompter.askCheckbox<string>({
    id: keys.join('.'),
    message: texts.message,
    help: texts.help,
    progress,
    context: asking.context,
    choices: question.other ? [...choices, otherChoice(session)] : choices,
    current: [...current.filter((value) => knownValues.has(value)), ...(others.length > 0 ? [OTHER] : [])],
  });
  // Keep the order of the choices, then the free entries, as people read them.
  const chosen = choices.map((choice) => choice.value).filter((value) => picked.includes(value));
  if (!picked.includes(OTHER)) {
    await session.commit(keys, chosen);
    noteSkipped(session, asking);
    return;
  }
  const convert = (text: string) => [...chosen, ...splitOthers(text)];
  const raw = await session.askTyped(
    keys,
    {
      kind: 'line',
      message: session.t('interview.other.several', { label: texts.label }),
      help: texts.help,
      progress,
      current: others.join('; ') || undefined,
    },
    convert,
  );
  await session.commit(keys, convert(raw));
  noteSkipped(session, asking);
}

export async function askConfirm(session: Session, asking: Asking): Promise<void> {
  const { question, keys, texts, progress } = asking;
  const current = session.value(keys);
  const fallback = session.defaultFor(question, keys);
  const answer = await session.prompter.askConfirm({
    id: keys.join('.'),
    message: texts.message,
    help: texts.help,
    progress,
    current: typeof current === 'boolean' ? current : typeof fallback === 'boolean' ? fallback : undefined,
  });
  await session.commit(keys, answer);
}

/** Names offered first (the lead CSO, the country's known CSOs), with "another" as free text. */
export function suggestionsFor(session: Session, question: QuestionSpec): string[] {
  const names: string[] = [];
  for (const path of question.suggest?.paths ?? []) {
    for (const value of collect(session.data, path)) if (typeof value === 'string') names.push(value.trim());
  }
  const country = collect(session.data, 'country')[0];
  if (question.suggest?.countryCsos && typeof country === 'string' && session.deps.countryCsos) {
    names.push(...session.deps.countryCsos(country));
  }
  return [...new Set(names.filter((name) => name !== ''))];
}

export async function askWithSuggestions(session: Session, asking: Asking): Promise<void> {
  const names = suggestionsFor(session, asking.question);
  if (names.length === 0) return askText(session, asking);
  const current = session.value(asking.keys);
  const known = typeof current === 'string' && names.includes(current);
  const picked = await session.prompter.askSelect<string>({
    id: asking.keys.join('.'),
    message: asking.texts.message,
    help: asking.texts.help,
    progress: asking.progress,
    context: asking.context,
    choices: [
      ...names.map((name) => ({ value: name, label: name })),
      otherChoice(session),
      ...endChoice(session, asking),
    ],
    current: known ? current : current === undefined ? undefined : OTHER,
  });
  if (picked === END) return;
  if (picked === OTHER) return askOtherText(session, asking, known ? undefined : current);
  await session.commit(asking.keys, picked);
}
