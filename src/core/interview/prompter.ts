/**
 * The Prompter port: everything the interview engine needs from a terminal, and nothing more.
 * The engine hands over finished, translated texts; an adapter decides how they look
 * (`@inquirer/prompts`, numbered plain lines over `node:readline`, or a scripted fake in tests).
 *
 * Two duties belong to every adapter:
 * - **help on request**: when a question has `help`, typing `?` (or choosing the help entry)
 *   shows it and asks the same question again; the engine never sees the `?`;
 * - **validation**: `validate` is called with the raw answer; a string is the reason it was
 *   refused, shown before asking again; `true` accepts it.
 * Ctrl-C (or end of input) rejects with `SessionInterrupted`.
 */

/**
 * Typed alone at a text question: mark the answer at the roundtable (agreed, disputed, parked).
 * Adapters return it to the engine unvalidated and without echoing it.
 */
export const MARK_KEY = '!';

/** Typed alone at a text question: back to the question before it (returned like `MARK_KEY`). */
export const BACK_KEY = '<';

/** "Back one question": thrown by the engine's text questions, caught where questions are walked. */
export class GoBack extends Error {
  override readonly name = 'GoBack';
  constructor() {
    super('back');
  }
}

export type Validate = (raw: string) => Promise<true | string> | true | string;

interface Asked {
  /** The question itself. */
  message: string;
  /** Progress line, e.g. "Area 2 of 5 · Drug treatment services · question 3 of 7". */
  progress?: string;
  /** Shown only on request. */
  help?: string;
  /** Where the answer goes in the file (`services.1.name`); absent for the session's own menus. */
  id?: string;
}

export interface TextPrompt extends Asked {
  /** `line` and `long` are free text; `number` and `date` only change the hint the adapter shows. */
  kind: 'line' | 'long' | 'number' | 'date';
  /** The current answer: offered for editing; accepting it unchanged keeps it. */
  current?: string;
  /** An empty answer here just ends a list: nothing worth echoing. */
  endsList?: boolean;
  validate?: Validate;
}

export interface Choice<T> {
  value: T;
  label: string;
  /** A longer explanation shown while the choice is highlighted (or after it in plain mode). */
  hint?: string;
}

/** Menus: the area's guiding question comes along, shown above a long menu. */
interface Menu extends Asked {
  /** The checklist area's guiding question the menu answers, e.g. "Who exactly will take part…?". */
  context?: string;
}

export interface SelectPrompt<T> extends Menu {
  choices: Choice<T>[];
  /** Value highlighted first. */
  current?: T;
}

export interface CheckboxPrompt<T> extends Menu {
  choices: Choice<T>[];
  /** Values ticked at the start. */
  current?: T[];
}

export interface ConfirmPrompt extends Asked {
  current?: boolean;
}

/** A screen of reading: the welcome, an area's guiding questions and why they matter. */
export interface Intro {
  title: string;
  /** Short line above the title, e.g. "Area 2 of 5". */
  heading?: string;
  paragraphs: string[];
  /** Bullet points, e.g. the guiding questions of a checklist area. */
  bullets?: string[];
}

export interface SummaryRow {
  label: string;
  /** The answer as the user would read it; several lines for lists. */
  value: string[];
  /** True when the answer is still missing and needed. */
  missing?: boolean;
}

export interface Summary {
  title: string;
  rows: SummaryRow[];
}

export type NoticeKind = 'info' | 'success' | 'warning';

export interface Prompter {
  askText(prompt: TextPrompt): Promise<string>;
  askSelect<T>(prompt: SelectPrompt<T>): Promise<T>;
  askCheckbox<T>(prompt: CheckboxPrompt<T>): Promise<T[]>;
  askConfirm(prompt: ConfirmPrompt): Promise<boolean>;
  showIntro(intro: Intro): void;
  showSummary(summary: Summary): void;
  showNotice(text: string, kind?: NoticeKind): void;
  /** After each save: whether the answers are on disk (the projector's status line shows it). */
  showSaved?(saved: boolean): void;
}

/**
 * Ctrl-C or the end of input: the session stops; what was answered is already saved. `partial`
 * is the text typed into the question being asked, which the engine keeps as an unfinished answer.
 */
export class SessionInterrupted extends Error {
  override readonly name = 'SessionInterrupted';
  constructor(readonly partial?: string) {
    super('interrupted');
  }
}
