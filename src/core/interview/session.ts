/**
 * The state of one interview: the YAML document being edited, the answers read from it, and the
 * helpers every question needs — its texts, validation on entry, saving after each answer.
 */
import type { Document } from 'yaml';

import type { Translate } from '../i18n/translate.js';
import type { Problem } from '../validation/problem.js';
import { dropBlankEntries, setAnswer, type KeyOrder } from './document.js';
import { getAt, isAtOrBelow, pathPattern, splitPath, toPointer, type Key } from './paths.js';
import { markAnswer } from './consensus.js';
import {
  BACK_KEY,
  GoBack,
  MARK_KEY,
  SessionInterrupted,
  type Prompter,
  type TextPrompt,
  type Validate,
} from './prompter.js';
import { emptyRecord, type SessionRecord } from './record.js';
import type { QuestionSpec, SessionSpec } from './spec.js';

/** Readiness of one checklist area, e.g. from `check`. */
export interface AreaReadiness {
  area: number;
  status: 'complete' | 'partial' | 'missing';
  /** Titles of what is still missing. */
  missing: string[];
  /** How many warnings and pieces of advice `check` has for the area. */
  advice?: number;
  /** The warnings and advice themselves, as `check` words them (with their source). */
  adviceTexts?: string[];
}

export interface RenderOutcome {
  files: string[];
}

export interface InterviewDeps {
  spec: SessionSpec;
  prompter: Prompter;
  t: Translate;
  /** The answers file as a YAML document: parsed from disk, or new. */
  document: Document;
  /**
   * Writes the whole answers file (into the file, keeping its line endings), and the session's
   * record beside it. Called after every answer; a failure is the adapter's to handle.
   */
  save: (yamlText: string, record: SessionRecord) => Promise<void>;
  /** What earlier sessions asked (see `record.ts`); without it resume guesses from the answers. */
  record?: SessionRecord;
  /** All problems of an answers file's text, with the messages of `validate`. */
  validate: (yamlText: string) => Problem[];
  /** Start at this checklist area (1–5) instead of the first open question. */
  startArea?: number;
  /** Defaults by path, overriding the session data (e.g. the document language = interface language). */
  defaults?: Record<string, string | number | boolean>;
  /** CSO names known for a country (from its profile), offered as choices. */
  countryCsos?: (countryCode: string) => string[];
  /** Area readiness for the final review; without it the session's own count is shown. */
  readiness?: (data: unknown) => AreaReadiness[];
  /** Writes the documents, as `render` does. Without it no documents are offered. */
  render?: (options: { draft: boolean }) => Promise<RenderOutcome>;
}

export interface QuestionTexts {
  message: string;
  help?: string;
  /** Short name for summaries and menus. */
  label: string;
}

/** Keys order for new keys: the session's `fileOrder` on top, then the order of the questions. */
export function buildKeyOrder(spec: SessionSpec): KeyOrder {
  const order: KeyOrder = new Map([['', [...spec.fileOrder]]]);
  const add = (parent: string, key: string) => {
    const list = order.get(parent) ?? [];
    if (!list.includes(key)) list.push(key);
    order.set(parent, list);
  };
  const walk = (questions: readonly QuestionSpec[], prefix: string[]) => {
    for (const question of questions) {
      const parts = [...prefix, ...splitPath(question.path)];
      parts.forEach((part, index) => add(parts.slice(0, index).join('.'), part));
      if (question.type === 'list' && question.item) {
        const itemPrefix = [...parts.slice(0, -1), `${parts[parts.length - 1]}[]`];
        if (question.id) add(itemPrefix.join('.'), question.id.field);
        walk(question.item, itemPrefix);
      }
    }
  };
  for (const section of spec.sections) walk(section.questions, []);
  return order;
}

export class Session {
  data: unknown;
  readonly order: KeyOrder;
  readonly record: SessionRecord;
  /** True when the record came from an earlier session (or the file is new): resume trusts it. */
  readonly recorded: boolean;

  constructor(readonly deps: InterviewDeps) {
    this.data = deps.document.toJS();
    this.order = buildKeyOrder(deps.spec);
    this.recorded = deps.record !== undefined;
    this.record = deps.record ?? emptyRecord();
  }

  /** The record when resume may rely on it. */
  get known(): SessionRecord | undefined {
    return this.recorded ? this.record : undefined;
  }

  markAsked(keys: readonly Key[]): void {
    const id = keys.join('.');
    if (!this.record.asked.includes(id)) this.record.asked.push(id);
  }

  /**
   * Asks a text question. A text typed when the session is stopped is kept: in the record
   * always, and in the file too when it is a valid answer; resume offers it again.
   */
  async askTyped(
    keys: readonly Key[],
    question: Omit<TextPrompt, 'id' | 'validate'>,
    convert: (raw: string) => unknown,
  ): Promise<string> {
    // The prompt's id and its check follow from the answer's place and how its text is read.
    const id = keys.join('.');
    const prompt: TextPrompt = { ...question, id, validate: this.validator(keys, convert) };
    const unfinished = this.record.unfinished[id];
    try {
      for (;;) {
        const raw = await this.prompter.askText(
          unfinished === undefined ? prompt : { ...prompt, current: unfinished },
        );
        if (raw.trim() === BACK_KEY) throw new GoBack();
        if (raw.trim() === MARK_KEY) {
          await markAnswer(this, keys, prompt.message.split('\n')[0]!);
          continue;
        }
        delete this.record.unfinished[id];
        return raw;
      }
    } catch (error) {
      const partial = error instanceof SessionInterrupted ? error.partial?.trim() : undefined;
      if (partial && partial !== (unfinished ?? prompt.current ?? '').trim()) {
        await this.keepUnfinished(keys, partial, convert(partial));
      }
      throw error;
    }
  }

  private async keepUnfinished(keys: readonly Key[], text: string, value: unknown): Promise<void> {
    this.record.unfinished[keys.join('.')] = text;
    const fits = this.problemWith(keys, value) === undefined;
    await this.edit((doc) => {
      if (fits) setAnswer(doc, keys, value, this.order);
    });
  }

  get t(): Translate {
    return this.deps.t;
  }

  get prompter(): Prompter {
    return this.deps.prompter;
  }

  get spec(): SessionSpec {
    return this.deps.spec;
  }

  /** The answer at `keys`; a blank one (`key:` left empty, empty text) reads as no answer. */
  value(keys: readonly Key[]): unknown {
    const value = getAt(this.data, keys);
    return value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value;
  }

  /** Drops blank entries of the list at `keys` before the list is asked (saved with the next answer). */
  tidyList(keys: readonly Key[]): void {
    if (dropBlankEntries(this.deps.document, keys)) this.data = this.deps.document.toJS();
  }

  /** The text of `key`, or undefined when the catalogue has none. */
  optional(key: string, params?: Record<string, string | number>): string | undefined {
    const text = this.t(key, params);
    return text === key ? undefined : text;
  }

  stem(question: QuestionSpec, keys: readonly Key[]): string {
    return question.key ?? `interview.q.${pathPattern(keys)}`;
  }

  texts(
    question: QuestionSpec,
    keys: readonly Key[],
    params: Record<string, string | number> = {},
  ): QuestionTexts {
    const stem = this.stem(question, keys);
    const message = this.t(stem, params);
    return {
      message,
      help: this.optional(`${stem}.help`, params),
      label: this.optional(`${stem}.label`, params) ?? message,
    };
  }

  choiceLabel(list: string, value: string): string {
    return this.optional(`interview.choice.${list}.${value}`) ?? value;
  }

  defaultFor(question: QuestionSpec, keys: readonly Key[]): string | number | boolean | undefined {
    return this.deps.defaults?.[pathPattern(keys)] ?? question.default;
  }

  /** Applies one answer (an empty one removes the key), saves the file and re-reads the answers. */
  async commit(keys: readonly Key[], value: unknown): Promise<void> {
    await this.edit((doc) => setAnswer(doc, keys, value, this.order));
  }

  /** Applies several changes as one step: a single save. */
  async edit(change: (doc: Document) => void): Promise<void> {
    change(this.deps.document);
    await this.deps.save(String(this.deps.document), this.record);
    this.data = this.deps.document.toJS();
  }

  /** The first problem `validate` would report at or below `keys` if `value` were saved there. */
  problemWith(keys: readonly Key[], value: unknown): string | undefined {
    const candidate = this.deps.document.clone();
    setAnswer(candidate, keys, value, this.order);
    const pointer = toPointer(keys);
    const problem = this.deps
      .validate(String(candidate))
      // A missing neighbour is not this answer's fault: the walk asks for it in its turn.
      .find((item) => item.code !== 'required' && isAtOrBelow(item.path, pointer));
    return problem?.message;
  }

  /** A `validate` for the prompter: converts the raw text as the question stores it, then checks it. */
  validator(keys: readonly Key[], convert: (raw: string) => unknown): Validate {
    return (raw) => {
      const value = convert(raw);
      if (value === undefined || value === '') return true;
      return this.problemWith(keys, value) ?? true;
    };
  }
}
