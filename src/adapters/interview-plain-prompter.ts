/**
 * The `--plain` Prompter: every question printed once as ordinary lines, choices numbered, the
 * answer read as one line. No cursor movement and no redraws, so screen readers, Windows
 * consoles, Git Bash and serial terminals follow it line by line.
 */
import { createInterface, type Interface } from 'node:readline';

import type { Translate } from '../core/i18n/translate.js';
import {
  SessionInterrupted,
  type CheckboxPrompt,
  type Choice,
  type ConfirmPrompt,
  type Intro,
  type NoticeKind,
  type Prompter,
  type SelectPrompt,
  type Summary,
  type TextPrompt,
  BACK_KEY,
  MARK_KEY,
} from '../core/interview/prompter.js';
import type { TerminalStreams } from './inquirer-prompter.js';
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

/** Yes and no as people type them: y/yes, д/да (and the other way round). */
const YES = /^(y|yes|д|да)$/i;
const NO = /^(n|no|н|нет)$/i;

export class PlainPrompter implements Prompter {
  private readonly style: TextStyle;
  private readonly lines: Interface;
  private pending?: { resolve: (line: string) => void; reject: (error: Error) => void };
  private closed = false;
  private readonly queue: string[] = [];

  constructor(
    private readonly streams: TerminalStreams,
    private readonly t: Translate,
  ) {
    this.style = textStyle(streams.output, streams.env);
    this.lines = createInterface({
      input: streams.input,
      output: streams.output,
      terminal: Boolean(streams.input.isTTY),
    });
    this.lines.on('line', (line) => {
      if (this.pending) this.settle().resolve(line);
      else this.queue.push(line);
    });
    this.lines.on('SIGINT', () => this.stop());
    this.lines.on('close', () => this.stop());
  }

  private settle() {
    const pending = this.pending!;
    this.pending = undefined;
    return pending;
  }

  private stop(): void {
    this.closed = true;
    if (this.pending) this.settle().reject(new SessionInterrupted());
  }

  /** Releases the terminal (the readline interface keeps the process alive otherwise). */
  close(): void {
    this.lines.close();
  }

  private print(lines: string[]): void {
    this.streams.output.write(`${lines.join('\n')}\n`);
  }

  private get width(): number {
    return lineWidth(this.streams.output);
  }

  private read(): Promise<string> {
    this.streams.output.write('> ');
    const queued = this.queue.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    if (this.closed) return Promise.reject(new SessionInterrupted());
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
    });
  }

  private header(
    progress: string | undefined,
    message: string,
    help: string | undefined,
    hint?: string,
  ): void {
    const lines = [''];
    if (progress) lines.push(this.style.dim(progress));
    const hints = [hint, help ? this.t('interview.prompt.helpHint') : undefined].filter(Boolean).join('; ');
    const text = message + (hints ? ` (${hints})` : '');
    lines.push(
      ...text
        .split('\n')
        .flatMap((line) => wrap(line, this.width))
        .map((line) => this.style.bold(line)),
    );
    this.print(lines);
  }

  private showHelp(help: string): void {
    this.print(renderHelp(this.t('interview.prompt.helpTitle'), help, this.width, this.style));
  }

  async askText(prompt: TextPrompt): Promise<string> {
    const hint =
      prompt.kind === 'number' || prompt.kind === 'date'
        ? this.t(`interview.prompt.hint.${prompt.kind}`)
        : undefined;
    this.header(prompt.progress, prompt.message, prompt.help, hint);
    if (prompt.current) {
      this.print(this.wrapped(this.t('interview.prompt.plain.current', { value: prompt.current })));
      this.print(this.wrapped(this.t('interview.prompt.plain.keepOrClear')));
    }
    for (;;) {
      const line = (await this.read()).trim();
      if (line === '?' && prompt.help) {
        this.showHelp(prompt.help);
        continue;
      }
      if ((line === MARK_KEY || line === BACK_KEY) && prompt.id) return line;
      const answer = line === '-' ? '' : line === '' ? (prompt.current ?? '') : line;
      const verdict = answer === '' || !prompt.validate ? true : await prompt.validate(answer);
      if (verdict === true) return answer;
      this.print(this.wrapped(verdict).map((line) => this.style.warn(line)));
    }
  }

  private wrapped(text: string): string[] {
    return text.split('\n').flatMap((line) => renderNotice(line, 'info', this.width, this.style));
  }

  /** One numbered line per choice (wrapped under its number); `mark` adds a tick box, `suffix` a note. */
  private listChoices<T>(
    choices: Choice<T>[],
    mark: (choice: Choice<T>) => string,
    suffix: (choice: Choice<T>) => string = () => '',
  ) {
    const digits = String(choices.length).length;
    choices.forEach((choice, index) => {
      const number = `${String(index + 1).padStart(digits)}. `;
      const text = `${mark(choice)}${choice.label}${suffix(choice)}${choice.hint ? ` — ${choice.hint}` : ''}`;
      const lines = renderNotice(text, 'info', this.width - number.length - 2, this.style);
      this.print(
        lines.map((line, i) => (i === 0 ? `  ${number}${line}` : `  ${' '.repeat(number.length)}${line}`)),
      );
    });
  }

  async askSelect<T>(prompt: SelectPrompt<T>): Promise<T> {
    this.header(prompt.progress, prompt.message, prompt.help);
    const current = prompt.choices.findIndex((choice) => choice.value === prompt.current);
    const selected = ` ${this.t('interview.prompt.plain.selected')}`;
    this.listChoices(
      prompt.choices,
      () => '',
      (choice) => (choice.value === prompt.current ? selected : ''),
    );
    this.print([this.style.dim(this.t('interview.prompt.plain.pick', { max: prompt.choices.length }))]);
    for (;;) {
      const line = (await this.read()).trim();
      if (line === '?' && prompt.help) {
        this.showHelp(prompt.help);
        continue;
      }
      if (line === '' && current >= 0) return prompt.choices[current]!.value;
      const number = Number(line);
      if (Number.isInteger(number) && number >= 1 && number <= prompt.choices.length)
        return prompt.choices[number - 1]!.value;
      this.print([
        this.style.warn(this.t('interview.prompt.plain.badNumber', { max: prompt.choices.length })),
      ]);
    }
  }

  async askCheckbox<T>(prompt: CheckboxPrompt<T>): Promise<T[]> {
    this.header(prompt.progress, prompt.message, prompt.help);
    const ticked = prompt.current ?? [];
    const on = this.t('interview.prompt.plain.ticked');
    const off = this.t('interview.prompt.plain.unticked');
    this.listChoices(prompt.choices, (choice) => `${ticked.includes(choice.value) ? on : off} `);
    this.print(
      this.wrapped(this.t('interview.prompt.plain.pickSeveral')).map((line) => this.style.dim(line)),
    );
    for (;;) {
      const line = (await this.read()).trim();
      if (line === '?' && prompt.help) {
        this.showHelp(prompt.help);
        continue;
      }
      if (line === '') return ticked;
      if (line === '0') return [];
      const numbers = line.split(/[\s,;]+/).map(Number);
      if (numbers.every((n) => Number.isInteger(n) && n >= 1 && n <= prompt.choices.length)) {
        return prompt.choices.filter((_, index) => numbers.includes(index + 1)).map((choice) => choice.value);
      }
      this.print([
        this.style.warn(this.t('interview.prompt.plain.badNumber', { max: prompt.choices.length })),
      ]);
    }
  }

  async askConfirm(prompt: ConfirmPrompt): Promise<boolean> {
    const fallback = prompt.current ?? true;
    this.header(
      prompt.progress,
      prompt.message,
      prompt.help,
      `${this.t('interview.prompt.plain.yesNo')}; Enter = ${this.t(fallback ? 'interview.yes' : 'interview.no')}`,
    );
    for (;;) {
      const line = (await this.read()).trim();
      if (line === '?' && prompt.help) {
        this.showHelp(prompt.help);
        continue;
      }
      if (line === '') return fallback;
      if (YES.test(line)) return true;
      if (NO.test(line)) return false;
      this.print([this.style.warn(this.t('interview.prompt.plain.badYesNo'))]);
    }
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
