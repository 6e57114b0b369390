/**
 * The interview's Prompter on `@inquirer/prompts`: arrow-key menus, numbered choices, answers
 * edited in place. Each prompt clears itself when answered and leaves one line "✔ question
 * answer", so the scrollback reads as a transcript. `?` (or the help entry of a menu) shows the
 * question's help and asks again; Ctrl-C becomes `SessionInterrupted`.
 */
import type * as Inquirer from '@inquirer/prompts';

import type { Translate } from '../core/i18n/translate.js';
import {
  BACK_KEY,
  MARK_KEY,
  SessionInterrupted,
  type CheckboxPrompt,
  type ConfirmPrompt,
  type Intro,
  type NoticeKind,
  type Prompter,
  type SelectPrompt,
  type Summary,
  type TextPrompt,
} from '../core/interview/prompter.js';
import { Keyboard } from './interview-keyboard.js';
import {
  lineWidth,
  renderHelp,
  renderIntro,
  renderNotice,
  renderSummary,
  textStyle,
  wrap,
  type TextStyle,
} from './interview-text.js';

type Prompts = typeof Inquirer;

export interface TerminalStreams {
  input: NodeJS.ReadStream;
  output: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
}

const HELP = Symbol('help');
/** A menu of this many entries or more repeats the area's guiding question above it. */
const LONG_MENU = 7;
/** Typed alone: `?` asks for help, `-` clears the current answer. */
const HELP_KEY = '?';
const CLEAR_KEY = '-';

/** Stands for a line break of a pasted text while it is edited on the prompt's single line. */
const LINE_BREAK = '\u21b5';

function rethrow(error: unknown, partial?: string): never {
  if (error instanceof Error && error.name === 'ExitPromptError') throw new SessionInterrupted(partial);
  throw error;
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortPromptError';
}

/** A pasted text's line breaks: kept in long answers, a space in one-line answers. */
function fromEditable(value: string, kind: TextPrompt['kind']): string {
  return value
    .split(LINE_BREAK)
    .map((line) => line.trim())
    .join(kind === 'long' ? '\n' : ' ');
}

export class InquirerPrompter implements Prompter {
  private readonly style: TextStyle;

  constructor(
    private readonly prompts: Prompts,
    private readonly streams: TerminalStreams,
    private readonly t: Translate,
    private readonly keyboard?: Keyboard,
    private readonly status?: StatusLine,
  ) {
    this.style = textStyle(streams.output, streams.env);
  }

  private progress = '';
  private saved: boolean | undefined;

  /** Restores the terminal (raw mode off, bracketed paste off, the whole screen scrolling). */
  close(): void {
    this.keyboard?.stop();
    this.status?.close();
  }

  showSaved(saved: boolean): void {
    this.saved = saved;
    this.drawStatus();
  }

  private drawStatus(): void {
    if (!this.status) return;
    const state =
      this.saved === undefined
        ? ''
        : this.t(this.saved ? 'interview.status.saved' : 'interview.status.notSaved');
    this.status.show([this.progress.split('\n').join(' · '), state].filter(Boolean).join('   '));
  }

  private get width(): number {
    return lineWidth(this.streams.output);
  }

  private print(lines: string[]): void {
    this.streams.output.write(`${lines.join('\n')}\n`);
  }

  private context(signal?: AbortSignal) {
    // Keys typed ahead of this prompt (held since the last Enter) reach it now.
    this.keyboard?.release();
    return {
      input: this.keyboard ?? this.streams.input,
      output: this.streams.output,
      clearPromptOnDone: true,
      ...(signal ? { signal } : {}),
    };
  }

  /** Long menus page; the rest of the screen keeps the question and the keys line. */
  private pageSize(count: number, above: string[] = []): number {
    const rows = this.streams.output.rows ?? 24;
    return Math.max(5, Math.min(count, rows - 8 - above.length));
  }

  /**
   * A long menu (one that fills most of a small screen) pushes the area's introduction off the
   * top: its guiding question is repeated above the menu, wrapped to the screen.
   */
  private contextLines(context: string | undefined, count: number): string[] {
    if (!context || count < LONG_MENU) return [];
    return wrap(context, this.width, '» ', '  ');
  }

  /** Progress above the question; answered prompts are cleared and replaced by our own line. */
  private prefix(progress: string | undefined, above: string[] = []) {
    if (progress && progress !== this.progress) {
      this.progress = progress;
      this.drawStatus();
    }
    const head = [...(progress ? [this.style.bold(progress)] : []), ...above];
    return { prefix: { idle: ['', ...head, '?'].join('\n'), done: '✔' } };
  }

  /**
   * A choice's label wrapped to the screen with a hanging indent: its continuation lines start
   * under its text, after the cursor, the tick box and the number (`lead` columns).
   */
  private choiceName(label: string, lead: number): string {
    const width = (this.streams.output.columns ?? 80) - 1 - lead;
    if (label.length <= width) return label;
    return wrap(label, width, '', '').join(`\n${' '.repeat(lead)}`);
  }

  /** Menus: numbered entries and translated key hints ("select" means choose in a menu, tick in a checklist). */
  private theme(progress: string | undefined, kind: 'select' | 'checkbox' = 'select', above: string[] = []) {
    const keys: Record<string, string> = {
      navigate: this.t('interview.prompt.keys.navigate'),
      select: this.t(kind === 'select' ? 'interview.prompt.keys.select' : 'interview.prompt.keys.toggle'),
      submit: this.t('interview.prompt.keys.submit'),
      all: this.t('interview.prompt.keys.all'),
      invert: this.t('interview.prompt.keys.invert'),
    };
    return {
      ...this.prefix(progress, above),
      indexMode: 'number' as const,
      style: {
        keysHelpTip: (pairs: [string, string][]) =>
          this.style.dim(pairs.map(([key, action]) => `${key} ${keys[action] ?? action}`).join(' · ')),
      },
    };
  }

  private withHint(message: string, help: string | undefined, extra?: string): string {
    const hints = [extra, help ? this.t('interview.prompt.helpHint') : undefined].filter(Boolean);
    return hints.length ? `${message} ${this.style.dim(`(${hints.join('; ')})`)}` : message;
  }

  /** The transcript line left for an answered prompt, word-wrapped: "✔ question → answer". */
  private answered(message: string, answer: string): void {
    const question = message.split('\n')[0]!;
    const lines = wrap(`${question} → ${answer}`, this.width, '✔ ', '    ');
    this.print(lines.map((line) => line.replace(/^✔/, this.style.good('✔'))));
  }

  private showHelp(help: string): void {
    this.print(renderHelp(this.t('interview.prompt.helpTitle'), help, this.width, this.style));
  }

  async askText(prompt: TextPrompt): Promise<string> {
    const kindHint =
      prompt.kind === 'number' || prompt.kind === 'date' || (prompt.kind === 'long' && this.keyboard)
        ? this.t(`interview.prompt.hint.${prompt.kind}`)
        : undefined;
    // What stands on the prompt's line now: Ctrl-C keeps it, a paste is added to it.
    let value = (prompt.current ?? '').replace(/\n/g, LINE_BREAK);
    let edited = prompt.current !== undefined && prompt.current !== '';
    for (;;) {
      // A paste or the editor key ends the prompt's readline; the prompt then comes back.
      const pasting = new AbortController();
      let pasted: string | undefined;
      let editing = false;
      const onPaste = (text: string) => {
        pasted = text;
        pasting.abort();
      };
      const onEditor = () => {
        editing = true;
        pasting.abort();
      };
      this.keyboard?.on('paste', onPaste);
      this.keyboard?.on('editor', onEditor);
      let raw: string;
      try {
        raw = await this.prompts.input(
          {
            message: this.withHint(prompt.message, prompt.help, kindHint),
            default: value || undefined,
            prefill: edited ? 'editable' : 'tab',
            theme: this.prefix(prompt.progress),
            transformer: (shown: string) => {
              value = shown;
              return shown;
            },
            validate: async (typed: string) => {
              const text = typed.trim();
              if (
                text === HELP_KEY ||
                text === CLEAR_KEY ||
                text === MARK_KEY ||
                text === BACK_KEY ||
                text === '' ||
                !prompt.validate
              )
                return true;
              const verdict = await prompt.validate(fromEditable(typed, prompt.kind));
              // Refused: the prompt stays, and so must the keys typed after its Enter.
              if (verdict !== true) this.keyboard?.release();
              return verdict;
            },
          },
          this.context(pasting.signal),
        );
      } catch (error) {
        if (isAbort(error) && pasted !== undefined) {
          // The paste goes to the end of the line, its line breaks kept, and the prompt comes back.
          value = `${value}${value && !value.endsWith(' ') ? ' ' : ''}${pasted.trim().replace(/\n/g, LINE_BREAK)}`;
          edited = true;
          continue;
        }
        if (isAbort(error) && editing) {
          const answer = await this.fromEditor(prompt, fromEditable(value, 'long'));
          if (answer.done) return answer.text;
          value = answer.text.replace(/\n/g, LINE_BREAK);
          edited = value !== '';
          continue;
        }
        rethrow(error, fromEditable(value, prompt.kind));
      } finally {
        this.keyboard?.off('paste', onPaste);
        this.keyboard?.off('editor', onEditor);
      }
      const text = raw.trim();
      if (text === HELP_KEY && prompt.help) {
        this.showHelp(prompt.help);
        value = prompt.current ?? '';
        continue;
      }
      if ((text === MARK_KEY || text === BACK_KEY) && prompt.id) return text;
      const result = text === CLEAR_KEY ? '' : fromEditable(raw, prompt.kind);
      if (result.trim() !== '' || !prompt.endsList) {
        this.answered(
          prompt.message,
          result.trim() === '' ? this.t('interview.summary.empty') : result.trim(),
        );
      }
      return result;
    }
  }

  /**
   * Ctrl-O: the text on the prompt's line opens in the user's editor. The saved text is the
   * answer when it passes the question's check (`done`); otherwise (the editor failed, the file
   * was emptied, the check refused it) the prompt comes back with the text to go on from.
   */
  private async fromEditor(prompt: TextPrompt, before: string): Promise<{ done: boolean; text: string }> {
    const { editInEditor } = await import('./interview-editor.js');
    this.keyboard?.stop();
    let outcome;
    try {
      outcome = editInEditor(before, this.streams.env);
    } finally {
      this.keyboard?.start();
      this.status?.refresh();
    }
    if (outcome.kind === 'none') {
      this.showNotice(this.t('interview.editor.none'), 'warning');
      return { done: false, text: before };
    }
    if (outcome.kind === 'failed') {
      const detail =
        outcome.code === 127
          ? this.t('interview.editor.notFound', { command: outcome.command })
          : (outcome.error ??
            (outcome.signal
              ? outcome.signal
              : this.t('interview.editor.exit', { code: outcome.code ?? '?' })));
      this.showNotice(this.t('interview.editor.failed', { detail }), 'warning');
      if (outcome.kept) this.showNotice(this.t('interview.editor.kept', { file: outcome.kept }), 'info');
      return { done: false, text: before };
    }
    const text =
      prompt.kind === 'long'
        ? outcome.text
        : outcome.text
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean)
            .join(' ');
    if (text.trim() === '') {
      // An emptied file is not a way to clear an answer (`-` is): the text before stays.
      if (before.trim() !== '') this.showNotice(this.t('interview.editor.emptied'), 'warning');
      return { done: false, text: before };
    }
    const verdict = prompt.validate ? await prompt.validate(text) : true;
    if (verdict !== true) {
      this.showNotice(verdict, 'warning');
      return { done: false, text };
    }
    this.answered(prompt.message, text.trim());
    return { done: true, text };
  }

  async askSelect<T>(prompt: SelectPrompt<T>): Promise<T> {
    for (;;) {
      // The select draws "❯ 12. " before a label: cursor, space, the number and its dot.
      const choices = prompt.choices.map((choice, index) => ({
        value: choice.value as T | typeof HELP,
        name: this.choiceName(choice.label, 2 + `${index + 1}. `.length),
        ...(choice.hint ? { description: choice.hint } : {}),
      }));
      if (prompt.help) choices.push({ value: HELP, name: this.t('interview.prompt.helpChoice') });
      const above = this.contextLines(prompt.context, choices.length);
      const picked = await this.prompts
        .select<T | typeof HELP>(
          {
            message: prompt.message,
            choices,
            default: prompt.current,
            pageSize: this.pageSize(choices.length, above),
            loop: false,
            theme: this.theme(prompt.progress, 'select', above),
          },
          this.context(),
        )
        .catch(rethrow);
      if (picked === HELP) {
        this.showHelp(prompt.help!);
        continue;
      }
      const label = prompt.choices.find((choice) => choice.value === picked)?.label ?? String(picked);
      this.answered(prompt.message, label);
      return picked;
    }
  }

  async askCheckbox<T>(prompt: CheckboxPrompt<T>): Promise<T[]> {
    let ticked = prompt.current ?? [];
    for (;;) {
      // Numbered like the menus (the checklist shows no numbers itself): typing one ticks it.
      const digits = prompt.choices.length >= 10 ? 2 : 1;
      // The checklist draws "❯◯ " before the name, which starts with "12. ".
      const lead = 3 + digits + 2;
      const choices = prompt.choices.map((choice, index) => ({
        value: choice.value as T | typeof HELP,
        name: this.choiceName(`${String(index + 1).padStart(digits)}. ${choice.label}`, lead),
        checked: ticked.includes(choice.value),
        ...(choice.hint ? { description: choice.hint } : {}),
      }));
      if (prompt.help)
        choices.push({ value: HELP, name: this.t('interview.prompt.helpChoice'), checked: false });
      this.keyboard?.checklistNumbers(choices.length);
      const above = this.contextLines(prompt.context, choices.length);
      const picked = await this.prompts
        .checkbox<T | typeof HELP>(
          {
            message: prompt.message,
            choices,
            pageSize: this.pageSize(choices.length, above),
            loop: false,
            theme: this.theme(prompt.progress, 'checkbox', above),
          },
          this.context(),
        )
        .catch(rethrow)
        .finally(() => this.keyboard?.checklistNumbers(0));
      ticked = picked.filter((value): value is T => value !== HELP);
      if (picked.includes(HELP)) {
        this.showHelp(prompt.help!);
        continue;
      }
      const labels = prompt.choices
        .filter((choice) => ticked.includes(choice.value))
        .map((choice) => choice.label);
      this.answered(prompt.message, labels.join(', ') || this.t('interview.summary.empty'));
      return ticked;
    }
  }

  /** Yes / no as a two-entry menu: translated, numbered, and with help like every question. */
  async askConfirm(prompt: ConfirmPrompt): Promise<boolean> {
    return this.askSelect<boolean>({
      ...prompt,
      choices: [
        { value: true, label: this.t('interview.yes') },
        { value: false, label: this.t('interview.no') },
      ],
      current: prompt.current ?? true,
    });
  }

  showIntro(intro: Intro): void {
    this.print(renderIntro(intro, this.width, this.style));
  }

  showSummary(summary: Summary): void {
    const texts = { empty: this.t('interview.summary.empty'), needed: this.t('interview.summary.needed') };
    this.print(renderSummary(summary, this.width, this.style, texts));
  }

  showNotice(text: string, kind: NoticeKind = 'info'): void {
    this.print(renderNotice(text, kind, this.width, this.style));
  }
}

/** Loads `@inquirer/prompts` only when an interview starts; on a terminal, keys go through a `Keyboard`. */
export async function createInquirerPrompter(
  streams: TerminalStreams,
  t: Translate,
  options: { projector?: boolean } = {},
): Promise<InquirerPrompter> {
  const prompts = await import('@inquirer/prompts');
  const keyboard = streams.input.isTTY ? new Keyboard(streams.input, streams.output) : undefined;
  keyboard?.start();
  const projector = options.projector ?? projectorByDefault(streams.output);
  const status = projector && streams.output.isTTY ? new StatusLine(streams.output) : undefined;
  return new InquirerPrompter(prompts, streams, t, keyboard, status);
}

/**
 * A screen this large is most likely projected, or at least big enough to spare its top line:
 * the projector mode is on unless `--no-projector`. A laptop's terminal at its usual 80×24 keeps
 * the whole screen for the questions.
 */
export const PROJECTOR_SIZE = { columns: 100, rows: 30 } as const;

export function projectorByDefault(output: { columns?: number; rows?: number }): boolean {
  return (output.columns ?? 0) >= PROJECTOR_SIZE.columns && (output.rows ?? 0) >= PROJECTOR_SIZE.rows;
}

/**
 * The projector's top line: the progress and whether the last answer is saved, pinned while the
 * questions scroll below it (a scroll region from line 2), so that nothing important scrolls
 * away on a small screen.
 */
export class StatusLine {
  private text = '';

  constructor(private readonly output: NodeJS.WriteStream) {
    this.region();
    output.on('resize', this.onResize);
  }

  private readonly onResize = () => {
    this.region();
    this.draw();
  };

  private region(): void {
    const rows = this.output.rows ?? 24;
    // Clear, keep line 1 for the status, scroll lines 2..rows, and write from line 2.
    this.output.write(`\u001b[2J\u001b[2;${rows}r\u001b[2;1H`);
  }

  show(text: string): void {
    this.text = text;
    this.draw();
  }

  private draw(): void {
    const columns = this.output.columns ?? 80;
    const line = this.text.length > columns ? `${this.text.slice(0, columns - 1)}…` : this.text;
    // Save the cursor, write line 1 in reverse video (readable on any projector), restore.
    this.output.write(`\u001b7\u001b[1;1H\u001b[2K\u001b[7m${line}\u001b[27m\u001b8`);
  }

  /** After a full-screen program (the editor): the scroll region and the line again. */
  refresh(): void {
    this.region();
    this.draw();
  }

  close(): void {
    this.output.off('resize', this.onResize);
    this.output.write(`\u001b7\u001b[r\u001b8`);
  }
}
