/**
 * A scripted Prompter for engine tests. Each prompt takes the next step of the script; a step
 * may name part of the question it expects, so a test fails loudly when the flow drifts. When
 * the script runs out the prompter behaves like Ctrl-C (SessionInterrupted), which is how tests
 * stop a session half-way.
 *
 * Text answers follow the plain prompter: `''` keeps the current answer, `-` clears it, `?`
 * shows the help. Select answers name a choice by value or by (part of) its label.
 */
import {
  SessionInterrupted,
  type CheckboxPrompt,
  type Choice,
  type ConfirmPrompt,
  type Intro,
  type Prompter,
  type SelectPrompt,
  type Summary,
  type TextPrompt,
} from '../../../src/core/interview/prompter.js';

export type Answer = string | number | boolean | string[];
export interface Step {
  /** Part of the question (or the progress line) this step expects. */
  expect?: string;
  answer: Answer;
  /** Ctrl-C at this text question with this text typed (the answer is then ignored). */
  ctrlC?: string;
}

export interface Event {
  kind: 'text' | 'select' | 'checkbox' | 'confirm' | 'intro' | 'summary' | 'notice' | 'help' | 'refused';
  text: string;
  progress?: string;
  detail?: unknown;
}

export class FakePrompter implements Prompter {
  readonly events: Event[] = [];
  private readonly steps: Step[];

  constructor(script: (Step | Answer)[]) {
    this.steps = script.map((step) =>
      typeof step === 'object' && !Array.isArray(step) ? step : { answer: step },
    );
  }

  get remaining(): number {
    return this.steps.length;
  }

  private next(message: string, progress?: string): Answer {
    const step = this.steps.shift();
    if (!step) throw new SessionInterrupted();
    if (step.expect && !`${progress ?? ''}\n${message}`.includes(step.expect)) {
      throw new Error(`script expected “${step.expect}” but the prompt was:\n${progress ?? ''}\n${message}`);
    }
    if (step.ctrlC !== undefined) throw new SessionInterrupted(step.ctrlC);
    return step.answer;
  }

  async askText(prompt: TextPrompt): Promise<string> {
    this.events.push({
      kind: 'text',
      text: prompt.message,
      progress: prompt.progress,
      detail: prompt.current,
    });
    for (;;) {
      const raw = String(this.next(prompt.message, prompt.progress));
      if (raw === '?' && prompt.help) {
        this.events.push({ kind: 'help', text: prompt.help });
        continue;
      }
      if ((raw === '!' || raw === '<') && prompt.id) return raw;
      const answer = raw === '-' ? '' : raw === '' ? (prompt.current ?? '') : raw;
      const verdict = answer === '' || !prompt.validate ? true : await prompt.validate(answer);
      if (verdict === true) return answer;
      this.events.push({ kind: 'refused', text: verdict });
    }
  }

  private pick<T>(choices: Choice<T>[], answer: Answer, message: string): T {
    const found =
      choices.find((choice) => choice.value === answer) ??
      choices.find((choice) => typeof answer === 'string' && choice.label.includes(answer));
    if (!found)
      throw new Error(
        `no choice “${String(answer)}” in:\n${message}\n${choices.map((c) => c.label).join('\n')}`,
      );
    return found.value;
  }

  async askSelect<T>(prompt: SelectPrompt<T>): Promise<T> {
    this.events.push({
      kind: 'select',
      text: prompt.message,
      progress: prompt.progress,
      detail: prompt.choices,
    });
    for (;;) {
      const answer = this.next(prompt.message, prompt.progress);
      if (answer === '?' && prompt.help) {
        this.events.push({ kind: 'help', text: prompt.help });
        continue;
      }
      if (answer === '' && prompt.current !== undefined) return prompt.current;
      return this.pick(prompt.choices, answer, prompt.message);
    }
  }

  async askCheckbox<T>(prompt: CheckboxPrompt<T>): Promise<T[]> {
    this.events.push({
      kind: 'checkbox',
      text: prompt.message,
      progress: prompt.progress,
      detail: prompt.current,
    });
    const answer = this.next(prompt.message, prompt.progress);
    if (answer === '') return prompt.current ?? [];
    const wanted = Array.isArray(answer) ? answer : [answer];
    return wanted.map((item) => this.pick(prompt.choices, item, prompt.message));
  }

  async askConfirm(prompt: ConfirmPrompt): Promise<boolean> {
    this.events.push({ kind: 'confirm', text: prompt.message });
    const answer = this.next(prompt.message, prompt.progress);
    return answer === '' ? (prompt.current ?? true) : answer === true || answer === 'y';
  }

  showIntro(intro: Intro): void {
    this.events.push({ kind: 'intro', text: intro.title, detail: intro });
  }

  showSummary(summary: Summary): void {
    this.events.push({ kind: 'summary', text: summary.title, detail: summary.rows });
  }

  showNotice(text: string): void {
    this.events.push({ kind: 'notice', text });
  }

  texts(kind: Event['kind']): string[] {
    return this.events.filter((event) => event.kind === kind).map((event) => event.text);
  }
}
